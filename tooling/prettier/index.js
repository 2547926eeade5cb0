/** Shared formatting: single quotes, wide lines (legal text is long). */
export default { singleQuote: true, printWidth: 120, trailingComma: 'all' };
