/** `read` with each distinct text's result kept, for work asked again and again of the same few words. */
export function memoised<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) seen.set(text, (value = read(text)));
    return value;
  };
}
