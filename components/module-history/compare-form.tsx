import Form from "next/form";
import type { VersionEntry } from "@/db/modules/version-history";
import { primaryButton } from "@/components/modules/labels";

const selectClass = "w-full rounded-md border border-line bg-white px-3 py-2 text-base sm:w-auto";

/** Two versions to compare, as a GET form: the comparison lives in the URL and can be shared. */
export function CompareForm({ slug, versions, from, to }: { slug: string; versions: VersionEntry[]; from: string | null; to: string | null }) {
  const readable = versions.filter((v) => v.readable);
  return (
    <Form action={`/modules/${slug}/history`} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="compare-from" className="block text-sm font-medium">
          From version
        </label>
        <select id="compare-from" name="from" defaultValue={from ?? ""} className={selectClass}>
          {readable.map((v) => (
            <option key={v.versionId} value={v.versionNumber}>
              {v.versionNumber}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="compare-to" className="block text-sm font-medium">
          To version
        </label>
        <select id="compare-to" name="to" defaultValue={to ?? ""} className={selectClass}>
          {readable.map((v) => (
            <option key={v.versionId} value={v.versionNumber}>
              {v.versionNumber}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={primaryButton}>
        Compare
      </button>
    </Form>
  );
}
