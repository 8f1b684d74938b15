"use client";

import { useId, useState } from "react";

export type PickerOption = { id: number; path: string };

/**
 * A code chosen from hundreds: type a few letters to narrow the list, then pick with the arrows. The choice is sent
 * as the form field `name`; `topLevel` offers "(top level)" as the empty value.
 */
export function CodePicker({ label, name, options, topLevel = false, onPick }: { label: string; name: string; options: PickerOption[]; topLevel?: boolean; onPick?: (id: number | null) => void }) {
  const [filter, setFilter] = useState("");
  const selectId = useId();
  const wanted = filter.trim().toLowerCase();
  const shown = wanted ? options.filter((option) => option.path.toLowerCase().includes(wanted)) : options;
  return (
    <div className="code-picker">
      <label htmlFor={selectId}>{label}</label>
      <input type="search" aria-label={`Narrow ${label.toLowerCase()}`} placeholder="Type to narrow" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <select id={selectId} name={name} required size={Math.min(8, shown.length + (topLevel ? 1 : 0)) || 1} onChange={(event) => onPick?.(event.target.value ? Number(event.target.value) : null)}>
        {topLevel && <option value="">(top level)</option>}
        {shown.map((option) => (
          <option key={option.id} value={option.id}>
            {option.path}
          </option>
        ))}
      </select>
    </div>
  );
}
