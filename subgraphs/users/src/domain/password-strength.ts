import { ZxcvbnFactory, type TranslationKeys } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** zxcvbn's scale runs 0..4; 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn-ts reports feedback as keys; the English wording is ours (no language pack needed).
const WARNINGS: TranslationKeys["warnings"] = {
  straightRow: "Straight rows of keys on your keyboard are easy to guess.",
  keyPattern: "Short keyboard patterns are easy to guess.",
  simpleRepeat: 'Repeated characters like "aaa" are easy to guess.',
  extendedRepeat: 'Repeated character patterns like "abcabcabc" are easy to guess.',
  sequences: 'Common character sequences like "abc" are easy to guess.',
  recentYears: "Recent years are easy to guess.",
  dates: "Dates are easy to guess.",
  topTen: "This is a heavily used password.",
  topHundred: "This is a frequently used password.",
  common: "This is a commonly used password.",
  similarToCommon: "This is similar to a commonly used password.",
  wordByItself: "Single words are easy to guess.",
  namesByThemselves: "Single names or surnames are easy to guess.",
  commonNames: "Common names and surnames are easy to guess.",
  userInputs: "There should not be any personal data in the password.",
  pwned: "This password appeared in a data breach.",
};

const SUGGESTIONS: TranslationKeys["suggestions"] = {
  l33t: "Avoid predictable letter substitutions like '@' for 'a'.",
  reverseWords: "Avoid reversed spellings of common words.",
  allUppercase: "Capitalize some, but not all letters.",
  capitalization: "Capitalize more than the first letter.",
  dates: "Avoid dates and years that are associated with you.",
  recentYears: "Avoid recent years.",
  associatedYears: "Avoid years that are associated with you.",
  sequences: "Avoid common character sequences.",
  repeated: "Avoid repeated words and characters.",
  longerKeyboardPattern: "Use longer keyboard patterns and change typing direction multiple times.",
  anotherWord: "Add more words that are less common.",
  useWords: "Use multiple words, but avoid common phrases.",
  noNeed: "You can create strong passwords without using symbols, numbers, or uppercase letters.",
  pwned: "If you use this password elsewhere, you should change it.",
};

let estimator: ZxcvbnFactory | undefined;

/**
 * Why a password is too easy to guess (zxcvbn's feedback, in one sentence or two), or undefined
 * when it is strong enough. `userInputs` (email, name) count as known words.
 */
export function passwordWeakness(password: string, userInputs: string[]): string | undefined {
  // The dictionaries take a moment to index: once per process, on first use.
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = estimator.check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const warning = result.feedback.warning ? WARNINGS[result.feedback.warning as keyof typeof WARNINGS] : undefined;
  const suggestions = result.feedback.suggestions.map((key) => SUGGESTIONS[key as keyof typeof SUGGESTIONS]);
  return [warning ?? "This password is too easy to guess.", ...suggestions].filter(Boolean).join(" ");
}
