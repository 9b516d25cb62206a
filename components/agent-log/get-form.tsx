"use client";

import type { FormHTMLAttributes } from "react";

/**
 * A plain GET form that leaves empty fields out of the URL (`?status=failed`, not
 * `?agent=&action=&status=failed&…`), so a filtered view's link stays short and readable. The
 * form still works without script; it then just sends the empty fields too, which are ignored.
 */
export function GetForm(props: Omit<FormHTMLAttributes<HTMLFormElement>, "method" | "onSubmit">) {
  return (
    <form
      {...props}
      method="get"
      onSubmit={(event) => {
        const emptied: (HTMLInputElement | HTMLSelectElement)[] = [];
        for (const element of Array.from(event.currentTarget.elements)) {
          if ((element instanceof HTMLInputElement || element instanceof HTMLSelectElement) && element.name && element.value.trim() === "") {
            element.disabled = true;
            emptied.push(element);
          }
        }
        // Disabled fields are not submitted; enabled again at once in case the page stays.
        setTimeout(() => emptied.forEach((element) => (element.disabled = false)), 0);
      }}
    />
  );
}
