import { fireEvent, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { useDismiss } from "../src/lib/use-dismiss";

function Popover({ open, close }: { open: boolean; close: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, open, close);
  return (
    <div>
      <div ref={root}>
        <button type="button">inside</button>
      </div>
      <button type="button">outside</button>
    </div>
  );
}

describe("useDismiss", () => {
  it("closes an open popover on Escape and on a press outside it, not on one inside", () => {
    const close = vi.fn();
    render(<Popover open close={close} />);
    fireEvent.mouseDown(screen.getByText("inside"));
    expect(close).not.toHaveBeenCalled();
    fireEvent.mouseDown(screen.getByText("outside"));
    fireEvent.keyDown(document, { key: "Escape" });
    fireEvent.keyDown(document, { key: "Enter" });
    expect(close).toHaveBeenCalledTimes(2);
  });

  it("does nothing while closed", () => {
    const close = vi.fn();
    render(<Popover open={false} close={close} />);
    fireEvent.mouseDown(screen.getByText("outside"));
    fireEvent.keyDown(document, { key: "Escape" });
    expect(close).not.toHaveBeenCalled();
  });
});
