/** The four narratives every new project starts with, in their keyboard order. */
export type CodebookEntry = {
  name: string;
  label: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  color: string;
  shortcut: string;
};

export const defaultCodebook: readonly CodebookEntry[] = [
  {
    name: "Fighting fellow Sunnis",
    label: "Sunni infighting",
    definition:
      "The speaker objects that the group fights other Sunni Muslims, including other rebel factions, instead of the Assad government.",
    inclusion:
      "Complaints about battles against other Sunni or rebel groups; declaring other Sunni fighters apostates; the regime being spared while rebels are attacked.",
    exclusion:
      "Violence against Sunni civilians (code 2); general complaints about military strategy that do not mention who is being fought.",
    example: "We came to fight the regime, but we were sent against other rebel brigades.",
    color: "#1565c0",
    shortcut: "1",
  },
  {
    name: "Brutality against Sunnis",
    label: "Brutality",
    definition:
      "The speaker describes or condemns the group's brutality and atrocities against Sunni Muslims: killings, punishments and abuse of the people it claims to protect.",
    inclusion: "Executions or punishments of Sunni civilians or fighters; mistreatment of local Sunni communities; killing of prisoners.",
    exclusion: "Fighting against armed Sunni factions (code 1); harsh living conditions without violence (code 4).",
    example: "They punished men from the town for small things, people who had done nothing against anyone.",
    color: "#c62828",
    shortcut: "2",
  },
  {
    name: "Corrupt and un-Islamic",
    label: "Corruption",
    definition:
      "The speaker says the group or its leaders are corrupt, hypocritical or acting against Islam: privileges, theft, injustice, or religious rulings bent to serve the leadership.",
    inclusion: "Leaders enriching themselves; favouritism for foreign fighters or commanders; rulings the speaker calls un-Islamic; hypocrisy.",
    exclusion: "Disappointment with daily life that does not accuse anyone of corruption (code 4).",
    example: "The emirs had cars and houses while the ordinary fighters were told to be patient.",
    color: "#6a1b9a",
    shortcut: "3",
  },
  {
    name: "Harsh and disappointing life",
    label: "Harsh life",
    definition:
      "The speaker describes life under the group as harsh or disappointing: poverty, shortages, boredom, danger, broken promises of a good life.",
    inclusion: "Lack of food, electricity or pay; being treated as a tool; promises of marriage, homes or purpose that were not kept.",
    exclusion: "Accusations of corruption (code 3) or violence against Sunnis (code 2), unless hardship itself is described.",
    example: "There was no electricity most days, and the money they promised never came.",
    color: "#2e7d32",
    shortcut: "4",
  },
];
