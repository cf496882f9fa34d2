/** The way back to the page above: the same look and wording pattern on every page. */
export function BackLink({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button type="button" className="link-button" onClick={onBack}>
      ← {label}
    </button>
  );
}
