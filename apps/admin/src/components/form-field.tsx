import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** A form's error banner, announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return message ? (
    <p className="alert alert-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** A dialog's or a field's error line, announced when it appears. */
export function FieldAlert({ message }: { message: string | null }) {
  return message ? (
    <p className="field-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** A labelled text input; `wide` spans both columns of a form grid. */
export function TextField({
  label,
  value,
  onChange,
  wide,
  ...input
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  wide?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  return (
    <label className={wide ? "field span-2" : "field"}>
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} {...input} />
    </label>
  );
}

/** A labelled multi-line text box spanning both columns of a form grid. */
export function TextAreaField({
  label,
  value,
  onChange,
  ...textarea
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange">) {
  return (
    <label className="field span-2">
      <span>{label}</span>
      <textarea value={value} onChange={(e) => onChange(e.target.value)} {...textarea} />
    </label>
  );
}

/** A success or progress message above a form or list, announced politely. */
export function Notice({ message }: { message: string | null }) {
  return message ? (
    <p className="alert alert-info" role="status">
      {message}
    </p>
  ) : null;
}
