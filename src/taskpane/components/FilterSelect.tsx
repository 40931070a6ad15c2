import * as React from "react";
import { Field, Select } from "@fluentui/react-components";

export interface FilterSelectProps {
  label: string;
  value: string;
  /** Values to choose from; "" (the first option) means any. */
  options: ReadonlyArray<{ value: string; text: string }>;
  onChange: (value: string) => void;
}

/** A labelled drop-down whose first choice, "All", clears the filter. */
export function FilterSelect({ label, value, options, onChange }: FilterSelectProps): React.JSX.Element {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
