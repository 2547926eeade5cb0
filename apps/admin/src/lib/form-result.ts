/** What a page's form actions answer: which form, and success or a message (stale = the item changed meanwhile). */
export type FormResult = { form?: string; ok?: boolean; message?: string; stale?: boolean } | null | undefined;
