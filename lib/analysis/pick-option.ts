/** `value` when it is one of `options`, else `fallback`: page settings in a URL are read leniently. */
export function pickOption<T extends string>(value: string | undefined, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}
