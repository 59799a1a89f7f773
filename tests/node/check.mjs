// Parse a Mermaid file with mermaid's own parser; print the diagram type, exit 1 on an error.
// mermaid sanitises text with DOMPurify, which needs a window: jsdom gives it one.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");

const text = readFileSync(process.argv[2], "utf8");
try {
  const result = await mermaid.parse(text);
  console.log(result.diagramType);
} catch (error) {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
}
