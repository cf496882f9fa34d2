import { useRef, useState, type DragEvent, type ReactNode } from 'react';

/**
 * A button that opens the system's file dialog and a zone that takes dropped files: the two ways a file enters
 * the app, on the desktop and in a browser alike. `children` add actions beside the button.
 */
export function FileDropZone({
  label,
  hint,
  accept,
  multiple = false,
  compact = false,
  onFiles,
  children,
}: {
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  /** A secondary way in, beside a field: a small zone and a plain button. */
  compact?: boolean;
  onFiles: (files: File[]) => void;
  children?: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    // Handled here: the window-wide drop (which opens bundles) must not act on it too.
    event.stopPropagation();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  }

  return (
    <div
      className={`dropzone${compact ? ' dropzone--compact' : ''}${dragging ? ' dropzone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <button
        type="button"
        className={compact ? 'button' : 'button button--primary'}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <span className="muted">{hint}</span>
      {children}
      <input
        ref={input}
        type="file"
        multiple={multiple}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        accept={accept}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
