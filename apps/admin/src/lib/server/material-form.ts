/** The materials form's values → the API's input: tags typed separated by commas (or line breaks). */
import { valuesOf } from './registry-form.ts';

export function materialOf(data: FormData) {
  const values = valuesOf(data);
  const tags = (values.tags ?? '')
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const input = {
    title: values.title ?? '',
    description: values.description ?? '',
    kind: values.kind ?? '',
    tags,
    language: values.language || 'vi',
    visibility: values.visibility ?? '',
    url: values.url ?? '',
  };
  return { input, values };
}
