import { useEffect, useRef, useState } from "react";

/**
 * What a page says after an action succeeded. The element is always there (a live region must
 * exist before its text changes to be read out) and takes the focus, so the next Tab goes on
 * from the top of the page's content rather than from a button that may be gone.
 */
export function useNotice() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [said, setSaid] = useState({ text: "", times: 0 });
  // Once the text is on the page (after a dialog that closed with it gave its focus back).
  useEffect(() => {
    if (said.times > 0) ref.current?.focus();
  }, [said]);
  return {
    ref,
    announce: (text: string) => setSaid((last) => ({ text, times: last.times + 1 })),
    element: (
      <p ref={ref} role="status" tabIndex={-1} className={said.text ? "notice" : "visually-hidden"}>
        {said.text}
      </p>
    ),
  };
}
