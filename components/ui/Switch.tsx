/** An on/off switch: a native checkbox with role="switch", so keyboard and screen readers work as usual. */
interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  description?: string;
}

export function Switch({ id, label, checked, onChange, description }: Props) {
  const descriptionId = description ? `${id}-beschreibung` : undefined;
  return (
    <div class="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {description && (
        <p id={descriptionId} class="hint">
          {description}
        </p>
      )}
    </div>
  );
}
