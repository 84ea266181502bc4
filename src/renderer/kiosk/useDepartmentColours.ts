// The department colours of the event's badge design, so the welcome shows the guest's department
// in the colour their badge will have.
import { useEffect, useState } from 'react';
import { DEFAULT_BADGE_DESIGN, departmentColour, textColourOn, type BadgeDesign } from '../../shared/badge/design';
import { api } from '../api';

export interface DepartmentColours {
  background: string;
  color: string;
}

export function useDepartmentColours(): (department: string) => DepartmentColours | null {
  const [design, setDesign] = useState<BadgeDesign>(DEFAULT_BADGE_DESIGN);
  useEffect(() => {
    api.getBadgeSettings({}).then(
      (settings) => setDesign(settings.design),
      () => undefined, // the palette's own pick by name is the same on every station
    );
  }, []);
  return (department) => {
    if (!department) return null;
    const background = departmentColour(design, department);
    return { background, color: textColourOn(background) };
  };
}
