// Text and attribute values for the XML the writer emits.

// Characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
// Excel itself writes such characters as _xHHHH_; the writer does the same so a stray control char pasted
// from Word never makes a part unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Any character one of the replacements below could change. Most cell texts hold none: they are returned as they are
// after one scan instead of five or eight passes that each copy the text (the report writes ~100,000 of them).
// eslint-disable-next-line no-control-regex -- the same control characters as INVALID
const TEXT_SPECIAL = /[_&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- the same control characters as INVALID
const ATTR_SPECIAL = /[&<>"\n\r\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function hex4(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Element text: & < > escaped; a literal "_xHHHH_" is escaped as Excel does (_x005F_) so it reads back as typed. */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(INVALID, hex4)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Attribute value for a double-quoted attribute; line breaks and tabs kept as references. */
export function escapeAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return text
    .replace(INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}
