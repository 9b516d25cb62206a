import Link from "next/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { notionPageIdOfHref } from "./notion-links";

/**
 * Markdown from the imported record is written by whoever edited Notion, so it is rendered as
 * untrusted input:
 * - raw HTML is never parsed: it is shown as the text it is (Notion exports callouts as
 *   `<aside>`, and their words should not vanish);
 * - the tree is cleaned by rehype-sanitize with GitHub's schema (no script, style, iframe or
 *   event-handler attributes; links only http(s), mailto, irc and xmpp; images only http(s));
 * - react-markdown's own URL filter has already blanked `javascript:`, `vbscript:` and `data:`
 *   URLs, however they were encoded, before the sanitizer looks.
 */

/**
 * GitHub's schema prefixes ids with `user-content-` against DOM clobbering. remark-rehype has
 * already given footnote ids that prefix, and raw HTML (the only other source of ids) never
 * reaches the tree, so prefixing twice would only break the footnote links.
 */
const SCHEMA: SanitizeSchema = { ...defaultSchema, clobberPrefix: "" };

const EXTERNAL_REL = "noopener noreferrer nofollow";
const LINK_CLASS = "font-medium text-brand underline underline-offset-2 hover:no-underline";

export interface MarkdownProps {
  source: string;
  /**
   * The level the body's top headings take, so they sit below the page's own headings
   * (default 3: the body is shown in a section under an `h2`). Deeper headings keep their steps.
   */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Where export links go on this site, by the dashed Notion page id they point at. */
  pageLinks?: Readonly<Record<string, string>>;
}

/** Sanitized markdown (GitHub-flavoured), styled for reading. A server component. */
export function Markdown({ source, headingLevel = 3, pageLinks }: MarkdownProps) {
  const components: Components = {
    ...STATIC_COMPONENTS,
    a: ({ node: _node, href, children, ...rest }) => (
      <MarkdownLink href={href} pageLinks={pageLinks} {...rest}>
        {children}
      </MarkdownLink>
    ),
  };
  return (
    <div className="space-y-4 leading-7 break-words">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        rehypePlugins={[[rehypeSanitize, SCHEMA], [rehypeLayout, { headingLevel }]]}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}

function MarkdownLink({
  href,
  pageLinks,
  children,
  ...rest
}: ComponentPropsWithoutRef<"a"> & { pageLinks?: Readonly<Record<string, string>> }) {
  // An unsafe URL arrives here blanked: keep the words, drop the link.
  if (!href) return <span>{children}</span>;
  if (href.startsWith("#")) {
    return (
      <a href={href} className={LINK_CLASS} {...rest}>
        {children}
      </a>
    );
  }
  // Only the sanitizer's safe protocols are left by now.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    return (
      <a href={href} rel={EXTERNAL_REL} className={LINK_CLASS}>
        {children}
      </a>
    );
  }
  const pageId = notionPageIdOfHref(href);
  const target = pageId ? pageLinks?.[pageId] : undefined;
  if (target) {
    return (
      <Link href={target} className={LINK_CLASS}>
        {children}
      </Link>
    );
  }
  // A path inside the export that is not a page here (a database CSV, a missing page, a file).
  return <span title="Not part of the imported record">{children}</span>;
}

type Props<T extends keyof React.JSX.IntrinsicElements> = ComponentPropsWithoutRef<T> & ExtraProps;

function join(...classes: (string | undefined | false)[]): string | undefined {
  return classes.filter(Boolean).join(" ") || undefined;
}

const STATIC_COMPONENTS: Components = {
  h1: ({ node: _node, className, ...rest }: Props<"h1">) => <h1 className={join("text-2xl font-bold", className)} {...rest} />,
  h2: ({ node: _node, className, ...rest }: Props<"h2">) => <h2 className={join("pt-2 text-xl font-semibold", className)} {...rest} />,
  h3: ({ node: _node, className, ...rest }: Props<"h3">) => <h3 className={join("pt-2 text-lg font-semibold", className)} {...rest} />,
  h4: ({ node: _node, className, ...rest }: Props<"h4">) => <h4 className={join("pt-1 text-base font-semibold", className)} {...rest} />,
  h5: ({ node: _node, className, ...rest }: Props<"h5">) => <h5 className={join("text-sm font-semibold", className)} {...rest} />,
  h6: ({ node: _node, className, ...rest }: Props<"h6">) => <h6 className={join("text-sm font-semibold text-muted", className)} {...rest} />,
  ul: ({ node: _node, className, ...rest }: Props<"ul">) => (
    <ul className={join(className?.includes("contains-task-list") ? "space-y-1" : "list-disc space-y-1 pl-6", className)} {...rest} />
  ),
  ol: ({ node: _node, className, ...rest }: Props<"ol">) => (
    <ol className={join(className?.includes("contains-task-list") ? "space-y-1" : "list-decimal space-y-1 pl-6", className)} {...rest} />
  ),
  li: ({ node: _node, className, ...rest }: Props<"li">) => (
    <li className={join(className?.includes("task-list-item") && "flex items-baseline gap-2", className)} {...rest} />
  ),
  // GFM task-list boxes: shown as marks, not as disabled form fields without a label.
  input: ({ checked }: Props<"input">) => <TaskMark done={Boolean(checked)} />,
  blockquote: ({ node: _node, className, ...rest }: Props<"blockquote">) => (
    <blockquote className={join("border-l-4 border-line pl-4 text-muted", className)} {...rest} />
  ),
  hr: () => <hr className="border-line" />,
  pre: ({ node: _node, className, ...rest }: Props<"pre">) => (
    <pre
      className={join(
        "overflow-x-auto rounded-md bg-slate-900 p-3 text-sm leading-6 text-slate-50 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit",
        className,
      )}
      {...rest}
    />
  ),
  code: ({ node: _node, className, ...rest }: Props<"code">) => (
    <code className={join("rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em]", className)} {...rest} />
  ),
  table: ({ node: _node, className, ...rest }: Props<"table">) => (
    <table className={join("min-w-full border-collapse text-sm", className)} {...rest} />
  ),
  th: ({ node: _node, className, ...rest }: Props<"th">) => (
    <th className={join("border border-line bg-canvas px-3 py-2 text-left font-semibold", className)} {...rest} />
  ),
  td: ({ node: _node, className, ...rest }: Props<"td">) => (
    <td className={join("border border-line px-3 py-2 align-top", className)} {...rest} />
  ),
  img: ({ src, alt }: Props<"img">) =>
    typeof src === "string" && /^https?:/i.test(src) ? (
      // External pictures of unknown size from the export: next/image would need each host allowed.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={src} alt={alt ?? ""} loading="lazy" referrerPolicy="no-referrer" className="max-w-full rounded" />
    ) : (
      // Files of the export (or anything else) are not served here: say what was there.
      <span className="text-muted">[image{alt ? `: ${alt}` : ""}]</span>
    ),
};

function TaskMark({ done }: { done: boolean }): ReactNode {
  return (
    <>
      <span aria-hidden="true" className={done ? "text-ok" : "text-muted"}>
        {done ? "☑" : "☐"}
      </span>
      <span className="sr-only">{done ? "Done:" : "Not done:"}</span>
    </>
  );
}

/** Turns raw HTML into plain text before anything could treat it as markup. */
function remarkHtmlAsText() {
  const visit = (node: MdastNode) => {
    node.children?.forEach((child, index, siblings) => {
      if (child.type !== "html") return visit(child);
      const text = { type: "text", value: child.value ?? "" };
      // A block of HTML stands where a paragraph would; inline HTML is already inside one.
      siblings[index] = FLOW_PARENTS.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
  return (tree: MdastNode) => visit(tree);
}

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}

/**
 * Runs after the sanitizer, so what it adds is ours: shifts headings under the page's own, and
 * makes wide tables and code blocks scroll on their own, reachable by keyboard.
 */
function rehypeLayout({ headingLevel }: { headingLevel: number }) {
  return (tree: Root) => {
    let top = 7;
    forEachElement(tree, (el) => {
      const rank = headingRank(el);
      if (rank !== null && rank < top) top = rank;
    });
    const shift = top === 7 ? 0 : headingLevel - top;
    let tables = 0;
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, index) => {
        if (child.type !== "element") return;
        const rank = headingRank(child);
        if (rank !== null) child.tagName = `h${Math.min(6, Math.max(1, rank + shift))}`;
        if (child.tagName === "pre") child.properties.tabIndex = 0;
        if (child.tagName === "table") {
          tables += 1;
          const wrapper: Element = {
            type: "element",
            tagName: "div",
            properties: {
              role: "region",
              ariaLabel: `Table ${tables}`,
              tabIndex: 0,
              className: ["overflow-x-auto", "rounded-md", "border", "border-line", "bg-white"],
            },
            children: [child],
          };
          (parent.children as (RootContent | ElementContent)[])[index] = wrapper;
        }
        visit(child);
      });
    };
    visit(tree);
  };
}

function headingRank(el: Element): number | null {
  const match = /^h([1-6])$/.exec(el.tagName);
  return match ? Number(match[1]) : null;
}

function forEachElement(node: Root | Element, fn: (el: Element) => void) {
  for (const child of node.children) {
    if (child.type === "element") {
      fn(child);
      forEachElement(child, fn);
    }
  }
}
