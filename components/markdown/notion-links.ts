/**
 * Links between pages of a Notion export are relative paths to the other page's file, whose
 * name ends in the page's id: `Avionics%20Subsystem%201a2b…ce45/ICD%201a2b…ae58.md`. They mean
 * nothing on this site, so the explorer points them at the raw page of the same id instead.
 */
const PAGE_FILE = /([0-9a-f]{32})\.md$/i;
const PAGE_FILES = /([0-9a-f]{32})\.md(?![0-9a-z])/gi;
/** A body linking to more pages than this is not a page worth resolving every link of. */
const MAX_LINKED_PAGES = 500;

/** The dashed Notion page id a relative export link points at, or null. */
export function notionPageIdOfHref(href: string): string | null {
  const path = href.split(/[?#]/, 1)[0] ?? "";
  const match = PAGE_FILE.exec(path);
  return match?.[1] ? dashedNotionId(match[1]) : null;
}

/** Every page id the markdown's export links point at, dashed, once each. */
export function linkedNotionPageIds(markdown: string): string[] {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(PAGE_FILES)) {
    if (match[1]) ids.add(dashedNotionId(match[1]));
    if (ids.size >= MAX_LINKED_PAGES) break;
  }
  return [...ids];
}

function dashedNotionId(hex: string): string {
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
