import { mulberry32 } from "@/lib/agreement/mulberry32";
import type { FindableCode } from "./code-finder";

const THEMES = [
  "Motivation for joining", "Life under the caliphate", "Governance", "Violence", "Religion", "Economy", "Recruitment",
  "Defection", "Family", "Media and propaganda", "Foreign fighters", "Military operations", "Security apparatus",
  "Women", "Education", "Health care",
];

// Shared by every level, so names repeat under different parents as they do in real codebooks ("Other" everywhere).
const NAMES = [
  "Prices", "Bread", "Fuel", "Salaries", "Taxes", "Zakat", "Punishments", "Executions", "Floggings", "Checkpoints",
  "Prisons", "Courts", "Hisba", "Emirs", "Corruption", "Nepotism", "Favouritism of foreigners", "Housing", "Cars",
  "Marriage", "Divorce", "Widows", "Children", "Schools", "Curriculum", "Mosques", "Sermons", "Apostasy", "Takfir",
  "Sharia courts", "Bay'ah", "Training camps", "Front lines", "Suicide operations", "Airstrikes", "Sieges",
  "Kurdish forces", "Syrian regime", "Free Syrian Army", "Jabhat al-Nusra", "Sunni factions", "Shia militias",
  "Smuggling", "Border crossing", "Turkey", "Iraq", "Raqqa", "Mosul", "Deir ez-Zor", "Social media", "Videos",
  "Magazines", "Recruiters", "Friends", "Siblings", "Parents", "Disillusionment", "Fear", "Guilt", "Regret", "Hope",
  "Anger", "Boredom", "Hunger", "Electricity", "Water", "Medicine", "Hospitals", "Doctors", "Injuries", "Other",
  "Positive", "Negative", "Ambivalent", "Women", "Men", "Youth", "Elderly", "Foreign fighters", "Local fighters",
  "Before joining", "While inside", "After leaving", "Rumours", "Spies", "Informants", "Interrogation", "Torture",
  "Slavery", "Yazidis", "Christians", "Minorities", "Tribes", "Clan elders", "Oil revenue", "Looting", "Ransom",
  "Brutality against Sunnis", "Fighting fellow Sunnis", "Un-Islamic conduct", "Broken promises", "Harsh living",
  "Favouritism", "Discrimination", "Loyalty", "Betrayal", "Escape routes", "Surrender", "Return home",
  "الحسبة", "الزكاة", "البيعة", "النِّظام", "الشريعة", "المهاجرون",
];

/**
 * A codebook of `count` codes in a tree up to six levels deep, drawn from a seeded generator: sixteen themes (every
 * fourth a group that cannot be coded), then codes under randomly chosen parents, named from a shared list so that
 * many names repeat under different parents, a few of them Arabic. Names are unique among siblings, as stored.
 */
export function generateTestCodebook(count: number, seed = 7): FindableCode[] {
  const random = mulberry32(seed);
  const codes: (FindableCode & { depth: number; childNames: Set<string> })[] = THEMES.map((name, position) => ({
    id: position + 1,
    parentId: null,
    position,
    name,
    isGroup: position % 4 === 0,
    depth: 0,
    childNames: new Set<string>(),
  }));
  while (codes.length < count) {
    const parent = codes[Math.floor(random.next() * codes.length)]!;
    if (parent.depth >= 5) continue;
    const name = NAMES[Math.floor(random.next() * NAMES.length)]!;
    if (parent.childNames.has(name) || parent.name === name) continue;
    parent.childNames.add(name);
    codes.push({ id: codes.length + 1, parentId: parent.id, position: parent.childNames.size, name, isGroup: false, depth: parent.depth + 1, childNames: new Set() });
  }
  return codes.map(({ id, parentId, position, name, isGroup }) => ({ id, parentId, position, name, isGroup }));
}
