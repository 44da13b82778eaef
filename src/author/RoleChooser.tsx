import type { Placement } from "./editableStatement";
import { PLACEMENT_WORDS } from "./placementWords";

interface RoleChooserProps {
  /** The country chosen on the map or in a list, with its name. */
  iso: string;
  name: string;
  placement: Placement;
  onPlace: (iso: string, placement: Placement) => void;
}

const PLACEMENTS = ["signatory", "subject", "neither"] as const;

/** Under the map: where the chosen country goes in the file, one click to move it. */
export function RoleChooser({ iso, name, placement, onPlace }: RoleChooserProps) {
  return (
    <div className="author-role" role="group" aria-label={`${name} in the statement file`}>
      <span className="author-role-name">{name}:</span>
      {PLACEMENTS.map((option) => (
        <button key={option} type="button" aria-pressed={option === placement} onClick={() => onPlace(iso, option)}>
          {PLACEMENT_WORDS[option]}
        </button>
      ))}
    </div>
  );
}
