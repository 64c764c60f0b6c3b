/** The committee's mark: a gold star on red, drawn inline (no request), hidden from screen readers. */
export const EMBLEM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="#c8102e" stroke="#ffcd00" stroke-width="2"/><path fill="#ffcd00" d="M32 12l5.9 18.1H57L41.6 41.3l5.9 18.1L32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z"/></svg>';

export function Emblem() {
  return <span class="emblem" aria-hidden="true" dangerouslySetInnerHTML={{ __html: EMBLEM_SVG }} />;
}
