// XML character and entity references in text and attribute values.

const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function replaceEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body] ?? whole;
  const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Decodes the five predefined entities and numeric references ("&#10;" is how some writers keep a line
 * break inside a cell). Other named entities would need a DTD, which no spreadsheet part has; they are
 * left as written rather than expanded.
 */
export function decodeXmlText(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(ENTITY, replaceEntity);
}
