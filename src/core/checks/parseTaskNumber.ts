// The TT cell of a task, read as a position in a numbering sequence.
//   "1" | "1." | "1)" | "1.0" (a number read back from Excel) | "01"  → level 1, value 1
//   "1.1" | "2.3." | "1.2.1"                                            → sub-number under "1" / "2" / "1.2"
//   "a)" | "b." | "(c)" | "đ)"                                          → lettered item under the last number
// Anything else ("x", "-", "Ghi chú") is not a number: it is neither missing nor part of a sequence.

export type TaskNumber =
  | { kind: "integer"; value: number; suffix: string }
  | { kind: "dotted"; parent: string; value: number; suffix: string }
  | { kind: "letter"; letter: string; open: string; suffix: string };

export function parseTaskNumber(written: string): TaskNumber | null {
  // The usual TT, "1" to "9999" as typed: no normalising and no regex (it runs once per task).
  if (written.length <= 4 && isDigits(written)) return { kind: "integer", value: Number(written), suffix: "" };
  const text = written.normalize("NFC").trim();
  const integer = INTEGER.exec(text);
  if (integer?.[1] !== undefined)
    return { kind: "integer", value: Number(integer[1]), suffix: integer[2] ?? "" };
  const dotted = DOTTED.exec(text);
  if (dotted?.[1] !== undefined && dotted[2] !== undefined) {
    const parent = dotted[1]
      .split(".")
      .map((n) => String(Number(n)))
      .join(".");
    return { kind: "dotted", parent, value: Number(dotted[2]), suffix: dotted[3] ?? "" };
  }
  const letter = LETTER.exec(text);
  if (letter?.[2] !== undefined) {
    return {
      kind: "letter",
      letter: letter[2].toLowerCase(),
      open: letter[1] ?? "",
      suffix: letter[3] ?? "",
    };
  }
  return null;
}

// Compiled once (a regex literal in a function body is a new object on every call).
const INTEGER = /^0*(\d{1,4})(?:\.0+)?([.)]?)$/u;
const DOTTED = /^(\d{1,4}(?:\.\d{1,4})*)\.(\d{1,4})([.)]?)$/u;
const LETTER = /^(\(?)([a-zđ])([.)])$/iu;

/** True when every character is an ASCII digit (and there is at least one). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Vietnamese documents letter their items a, b, c, d, đ, e, g, h, i, k … (no f, j, w, z); others use the Latin
// alphabet. A next letter is right if it is next in either.
const VIETNAMESE_LETTERS = [..."abcdđeghiklmnopqrstuvxy"];
const LATIN_LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/** Steps from one letter to the next in each alphabet that has both (undefined where one is missing). */
export function letterSteps(from: string, to: string): number[] {
  const steps: number[] = [];
  for (const alphabet of [VIETNAMESE_LETTERS, LATIN_LETTERS]) {
    const a = from === "" ? -1 : alphabet.indexOf(from);
    const b = alphabet.indexOf(to);
    if ((a >= 0 || from === "") && b >= 0) steps.push(b - a);
  }
  return steps;
}

/** The letter after `letter` ("" for the first): Vietnamese order when the letter is in it. */
export function nextLetter(letter: string): string {
  if (letter === "") return "a";
  const vi = VIETNAMESE_LETTERS.indexOf(letter);
  if (vi >= 0) return VIETNAMESE_LETTERS[vi + 1] ?? "";
  const latin = LATIN_LETTERS.indexOf(letter);
  return LATIN_LETTERS[latin + 1] ?? "";
}
