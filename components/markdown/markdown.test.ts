import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Markdown, type MarkdownProps } from "./markdown";
import { linkedNotionPageIds, notionPageIdOfHref } from "./notion-links";

// A .ts file (vitest only collects *.test.ts), hence createElement instead of JSX.
function render(source: string, props: Omit<MarkdownProps, "source"> = {}): string {
  return renderToStaticMarkup(createElement(Markdown, { source, ...props }));
}

/** Everything a hostile page may try; none of it may reach the page as markup or a live URL. */
const HOSTILE: [label: string, source: string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["script tag inline", "hello <script>alert(1)</script> world"],
  ["img onerror", '<img src="x" onerror="alert(1)">'],
  ["svg onload", "<svg onload=alert(1)></svg>"],
  ["iframe", '<iframe src="javascript:alert(1)"></iframe>'],
  ["anchor with javascript href", '<a href="javascript:alert(1)">x</a>'],
  ["style tag", "<style>body{display:none}</style>"],
  ["link to javascript:", "[x](javascript:alert(1))"],
  ["link to JavaScript: mixed case", "[x](JaVaScRiPt:alert(1))"],
  ["link with leading spaces", "[x](  javascript:alert(1))"],
  ["link with entity-encoded scheme", "[x](jav&#x61;script:alert(1))"],
  ["link with decimal entities", "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))"],
  ["link with named entity colon", "[x](javascript&colon;alert(1))"],
  ["link with tab inside scheme", "[x](java\tscript:alert(1))"],
  ["link with percent-encoded scheme", "[x](%6Aavascript:alert(1))"],
  ["link to vbscript:", "[x](vbscript:msgbox(1))"],
  ["link to data:", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["autolink javascript:", "<javascript:alert(1)>"],
  ["reference link javascript:", "[x][a]\n\n[a]: javascript:alert(1)"],
  ["image javascript:", "![x](javascript:alert(1))"],
  ["image data: svg", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["image with title payload", '![x](https://example.org/a.png "onerror=alert(1)")'],
  ["nested brackets", "[[x](javascript:alert(1))](javascript:alert(2))"],
  ["html entity of a tag", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["table cell with html", "| a |\n| - |\n| <img src=x onerror=alert(1)> |"],
];

describe("Markdown sanitizes hostile input", () => {
  test.each(HOSTILE)("%s", (_label, source) => {
    const html = render(source);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<svg/i);
    // No live element carries an event handler (escaped text like `&lt;img onerror` is harmless).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/(href|src)="[^"]*(&#|%6a|&colon;)/i);
    // Every href or src left is one of the allowed kinds.
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
      expect(url).toMatch(/^(https?:|mailto:|#|\/)/);
    }
  });

  test("raw HTML is shown as text, never parsed", () => {
    const html = render('<img src="x" onerror="alert(1)">');
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });

  test("an unsafe link keeps its words but not the link", () => {
    const html = render("[click me](javascript:alert(1))");
    expect(html).toContain("click me");
    expect(html).not.toContain("<a");
  });
});

describe("Markdown renders ordinary markdown", () => {
  test("headings start at the level asked for and keep their steps", () => {
    const html = render("## Agenda\n\ntext\n\n### Detail\n\n## Notes", { headingLevel: 3 });
    expect(html).toMatch(/<h3[^>]*>Agenda<\/h3>/);
    expect(html).toMatch(/<h4[^>]*>Detail<\/h4>/);
    expect(html).toMatch(/<h3[^>]*>Notes<\/h3>/);
    expect(html).not.toContain("<h2");
  });

  test("lists, task lists, emphasis and code", () => {
    const html = render("- one\n- **two**\n\n1. first\n\n- [x] done\n- [ ] open\n\n`x = 1`\n\n```\nblock\n```");
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>/);
    expect(html).toContain("<strong>two</strong>");
    expect(html).toMatch(/<ol[^>]*>\s*<li>first<\/li>/);
    expect(html).toContain("Done:");
    expect(html).toContain("Not done:");
    expect(html).not.toContain("<input");
    expect(html).toMatch(/<code[^>]*>x = 1<\/code>/);
    expect(html).toMatch(/<pre[^>]*tabindex="0"[^>]*><code[^>]*>block\n<\/code><\/pre>/);
  });

  test("tables scroll in a labelled, focusable region", () => {
    const html = render("| Name | Mass |\n| --- | ---: |\n| Panel | 1.2 kg |\n\n| A |\n| - |\n| b |");
    expect(html).toMatch(/<div role="region" aria-label="Table 1" tabindex="0" class="overflow-x-auto[^"]*"><table/);
    expect(html).toContain('aria-label="Table 2"');
    expect(html).toMatch(/<th[^>]*>Name<\/th>/);
    expect(html).toMatch(/<td[^>]*>1.2 kg<\/td>/);
  });

  test("external links and autolinks get rel noopener noreferrer nofollow", () => {
    const html = render("[site](https://example.org/a?b=1) and <https://example.com> and www.example.net and <me@example.org>");
    expect(html).toContain('<a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow"');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow"');
    expect(html).toContain('<a href="http://www.example.net" rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="mailto:me@example.org"');
  });

  test("export links go to the page given for their id; other export paths stay text", () => {
    const source =
      "- [ICD](Avionics%20Subsystem%201a2b3c4de5f680f1bb39c37d0702ce45/Avionics%20ICD%201a2b3c4de5f680c1c69f56e329e3ae58.md)\n" +
      "- [Old tasks](Archive/Old%20Tasks%207af68c8712ae4054b2b26aff7411ce01.csv)\n" +
      "- [Gone](Gone%20Page%20ffffffffffffffffffffffffffffffff.md)";
    const html = render(source, { pageLinks: { "1a2b3c4d-e5f6-80c1-c69f-56e329e3ae58": "/cadence/raw/226" } });
    expect(html).toContain('<a class="font-medium text-brand underline underline-offset-2 hover:no-underline" href="/cadence/raw/226">ICD</a>');
    expect(html).toContain(">Old tasks</span>");
    expect(html).toContain(">Gone</span>");
    expect(html).not.toContain(".md");
  });

  test("footnote references point at their notes", () => {
    const html = render("A claim[^1].\n\n[^1]: The source.");
    const ref = /href="#(user-content-fn-1)"/.exec(html);
    expect(ref).not.toBeNull();
    expect(html).toContain(`id="${ref?.[1]}"`);
  });

  test("images: http(s) shown lazily without a referrer; files of the export named", () => {
    expect(render("![Panel](https://example.org/p.png)")).toMatch(/<img src="https:\/\/example.org\/p.png" alt="Panel" loading="lazy" referrerPolicy="no-referrer"/i);
    expect(render("![Panel](Panel%20abc/image.png)")).toContain("[image: Panel]");
  });

  test("an empty body renders nothing but its wrapper", () => {
    expect(render("")).toBe('<div class="space-y-4 leading-7 break-words"></div>');
  });
});

describe("export links", () => {
  test.each<[string, string, string | null]>([
    ["a page file", "Foo%20Bar%201a2b3c4de5f680c1c69f56e329e3ae58.md", "1a2b3c4d-e5f6-80c1-c69f-56e329e3ae58"],
    ["a nested page file with a hash", "A%20x/B%201A2B3C4DE5F680C1C69F56E329E3AE58.md#part", "1a2b3c4d-e5f6-80c1-c69f-56e329e3ae58"],
    ["a database CSV", "Tasks%207af68c8712ae4054b2b26aff7411ce01.csv", null],
    ["a web URL", "https://example.org/page", null],
    ["a short id", "Foo%201a2b3c.md", null],
  ])("notionPageIdOfHref: %s", (_label, href, expected) => {
    expect(notionPageIdOfHref(href)).toBe(expected);
  });

  test("linkedNotionPageIds lists each linked page once", () => {
    const md = "[a](A%201a2b3c4de5f680c1c69f56e329e3ae58.md) [b](B%201a2b3c4de5f680c1c69f56e329e3ae58.md) [c](C%207af68c8712ae4054b2b26aff7411ce01.csv)";
    expect(linkedNotionPageIds(md)).toEqual(["1a2b3c4d-e5f6-80c1-c69f-56e329e3ae58"]);
  });
});
