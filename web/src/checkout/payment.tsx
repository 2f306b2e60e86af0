/** The test provider's cards (the orders subgraph approves tok_visa and declines tok_declined). */
export const TEST_CARDS = [
  { token: "tok_visa", label: "Visa •••• 4242", note: "Test card that is approved" },
  { token: "tok_declined", label: "Visa •••• 0002", note: "Test card that is declined" },
] as const;

export const DEFAULT_CARD: string = TEST_CARDS[0].token;

/** One radio per test card. */
export function CardOptions({ value, onChange }: { value: string; onChange: (token: string) => void }) {
  return (
    <div className="card-options">
      {TEST_CARDS.map((card) => (
        <label key={card.token} className="card-option">
          <input
            type="radio"
            name="paymentToken"
            value={card.token}
            checked={value === card.token}
            onChange={() => onChange(card.token)}
          />
          <span className="card-option__label">{card.label}</span>
          <span className="card-option__note">
            {card.note} (<code>{card.token}</code>)
          </span>
        </label>
      ))}
    </div>
  );
}
