import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { MAX_LINE_QUANTITY } from "../src/cart/limits";
import { QuantityPicker, quantityFromText } from "../src/components/QuantityPicker";

/** A picker whose owner keeps the quantity, as the cart and the product page do; `saved` records each commit. */
function renderPicker({ initial = 1, max }: { initial?: number; max?: number } = {}) {
  const saved = vi.fn<(quantity: number) => void>();
  function Owner() {
    const [quantity, setQuantity] = useState(initial);
    return (
      <form aria-label="Product" onSubmit={(event) => event.preventDefault()}>
        <QuantityPicker
          itemName="Zip Hoodie"
          value={quantity}
          max={max}
          onChange={(next) => {
            saved(next);
            setQuantity(next);
          }}
        />
        <button type="submit">Add to cart</button>
      </form>
    );
  }
  render(<Owner />);
  return { saved, input: screen.getByRole<HTMLInputElement>("spinbutton", { name: "Quantity" }) };
}

describe("quantity picker", () => {
  it("select-all, Backspace, 5 gives 5 (not 15), saved once when the field is left", async () => {
    const user = userEvent.setup();
    const { saved, input } = renderPicker({ max: 40 });
    await user.click(input);
    await user.keyboard("{Control>}a{/Control}{Backspace}");
    expect(input.value).toBe("");
    await user.keyboard("5");
    expect(input.value).toBe("5");
    expect(saved).not.toHaveBeenCalled();

    await user.tab();
    expect(saved.mock.calls).toEqual([[5]]);
    expect(input.value).toBe("5");
  });

  it("commits on Enter, not per keystroke, and Enter does not submit the form around it", async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    const { saved, input } = renderPicker({ max: 40 });
    input.form?.addEventListener("submit", submitted);
    await user.clear(input);
    await user.type(input, "12");
    expect(saved).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(saved.mock.calls).toEqual([[12]]);
    expect(submitted).not.toHaveBeenCalled();
  });

  it("clamps a quantity above the stock to the stock, saying so and naming the item", async () => {
    const user = userEvent.setup();
    const { saved, input } = renderPicker({ max: 3 });
    await user.clear(input);
    await user.type(input, "28{Enter}");
    expect(saved.mock.calls).toEqual([[3]]);
    expect(input.value).toBe("3");
    const message = screen.getByRole("status");
    expect(message.textContent).toBe("Only 3 of Zip Hoodie in stock: quantity set to 3.");
    expect(input.getAttribute("aria-describedby")).toBe(message.id);
  });

  it("clamps to the per-line limit when the stock is larger or unknown", async () => {
    const user = userEvent.setup();
    const { saved, input } = renderPicker();
    await user.clear(input);
    await user.type(input, "500");
    await user.tab();
    expect(saved.mock.calls).toEqual([[MAX_LINE_QUANTITY]]);
    expect(screen.getByRole("status").textContent).toBe(
      `At most ${MAX_LINE_QUANTITY} of Zip Hoodie per order: quantity set to ${MAX_LINE_QUANTITY}.`,
    );
  });

  it("raises 0 to 1 with a message, and an emptied field left alone keeps the quantity", async () => {
    const user = userEvent.setup();
    const { saved, input } = renderPicker({ initial: 4, max: 10 });
    await user.clear(input);
    await user.type(input, "0");
    await user.tab();
    expect(saved.mock.calls).toEqual([[1]]);
    expect(screen.getByRole("status").textContent).toBe("At least 1 of Zip Hoodie: quantity set to 1.");

    saved.mockClear();
    await user.clear(input);
    await user.tab();
    expect(saved).not.toHaveBeenCalled();
    expect(input.value).toBe("1");
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("steps with − and + within 1..stock, each press saved at once", async () => {
    const user = userEvent.setup();
    const { saved, input } = renderPicker({ initial: 2, max: 3 });
    await user.click(screen.getByRole("button", { name: "Increase quantity" }));
    expect(input.value).toBe("3");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Increase quantity" }).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Decrease quantity" }));
    expect(saved.mock.calls).toEqual([[3], [2]]);
  });

  it.each([
    ["", 4, null, 4],
    [" 7 ", 4, null, 7],
    ["2.5", 4, "Enter a whole number of Zip Hoodie.", 4],
    ["-3", 4, "At least 1 of Zip Hoodie: quantity set to 1.", 1],
    ["1e3", 4, "Enter a whole number of Zip Hoodie.", 4],
  ])("reads %j (current %d) as message %j, quantity %d", (text, current, message, quantity) => {
    expect(quantityFromText(text, current, 10, true, "Zip Hoodie")).toEqual({ quantity, message });
  });
});
