/** The words to find in the statements, sent with the filters as a GET form. */
export function SearchForm({ query, keep, error }: { query: string; keep: Record<string, string>; error: string | null }) {
  return (
    <form method="get" role="search" className="inline panel" aria-label="Search the statements">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        Words
        <input type="search" name="q" defaultValue={query} size={40} dir="auto" />
      </label>
      <button type="submit">Search</button>
      <span className="muted">Every word must occur; &quot;quotes&quot; keep a phrase together; a word ending in * finds every word it begins.</span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
