/**
 * A mediator as the console shows them. Everyone who reads the registry sees the name, gender, village of residence,
 * occupation and memberships, and the phone only when the person agreed to show it; birth year, ethnicity, the
 * phone and the legal basis only roles with `registry.read_personal` (Decree 13/2023; Law 91/2025).
 */
type MediatorRow = {
  id: string;
  fullName: string;
  gender: 'female' | 'male';
  birthYear: number;
  ethnicity: string | null;
  ethnicMinority: boolean;
  citizenship: string;
  residenceVillageId: string;
  residenceVillageName: string;
  occupation: string | null;
  phone: string | null;
  phonePublic: boolean;
  personalDataBasis: string;
};

export type MediatorView = {
  id: string;
  fullName: string;
  gender: 'female' | 'male';
  residenceVillageId: string;
  residenceVillageName: string;
  occupation: string | null;
  phone: string | null;
  personal: null | {
    birthYear: number;
    ethnicity: string | null;
    ethnicMinority: boolean;
    citizenship: string;
    phonePublic: boolean;
    personalDataBasis: string;
  };
};

export function mediatorView(m: MediatorRow, personal: boolean): MediatorView {
  return {
    id: m.id,
    fullName: m.fullName,
    gender: m.gender,
    residenceVillageId: m.residenceVillageId,
    residenceVillageName: m.residenceVillageName,
    occupation: m.occupation,
    phone: personal || m.phonePublic ? m.phone : null,
    personal: personal
      ? {
          birthYear: m.birthYear,
          ethnicity: m.ethnicity,
          ethnicMinority: m.ethnicMinority,
          citizenship: m.citizenship,
          phonePublic: m.phonePublic,
          personalDataBasis: m.personalDataBasis,
        }
      : null,
  };
}
