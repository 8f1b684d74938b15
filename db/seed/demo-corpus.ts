/**
 * Demo statements written for this app. Every speaker and statement is fictional; they are short, sober and free of
 * graphic detail, and cover the regions, genders and dates a real corpus of defector statements spans.
 */
export type DemoSpeaker = {
  alias: string;
  country: string | null;
  region: string | null;
  gender: "male" | "female" | null;
  defectionDate: string | null;
};

export type DemoStatement = {
  speaker: string;
  title: string;
  statementDate: string;
  sourceName: string;
  language: "en" | "ar";
  text: string;
};

export const FICTIONAL_NOTE = "Fictional statement written for the Testimony Coder demo; not a real person or source.";

export const demoSpeakers: DemoSpeaker[] = [
  { alias: "Abu Omar", country: "Syria", region: "Syria", gender: "male", defectionDate: "2015-01-20" },
  { alias: "Umm Yusuf", country: "Syria", region: "Syria", gender: "female", defectionDate: "2015-03-02" },
  { alias: "Abu Hamza", country: "Iraq", region: "Other Middle East", gender: "male", defectionDate: "2014-11-15" },
  { alias: "Abu Bakr al-Urduni", country: "Jordan", region: "Other Middle East", gender: "male", defectionDate: "2015-05-09" },
  { alias: "Abu Saad", country: "Saudi Arabia", region: "Other Middle East", gender: "male", defectionDate: "2015-08-01" },
  { alias: "Ibrahim B.", country: "Belgium", region: "Western Europe and Australia", gender: "male", defectionDate: "2015-02-11" },
  { alias: "Sarah K.", country: "United Kingdom", region: "Western Europe and Australia", gender: "female", defectionDate: "2015-06-23" },
  { alias: "Abu Musa al-Australi", country: "Australia", region: "Western Europe and Australia", gender: "male", defectionDate: "2014-09-30" },
  { alias: "Farhod", country: "Uzbekistan", region: "Central, South and Southeast Asia", gender: "male", defectionDate: "2015-04-14" },
  { alias: "Abu Ayman al-Indonesi", country: "Indonesia", region: "Central, South and Southeast Asia", gender: "male", defectionDate: "2015-10-05" },
  { alias: "Mehmet", country: "Turkey", region: "Turkey", gender: "male", defectionDate: "2015-07-18" },
  { alias: "Unnamed defector", country: null, region: null, gender: null, defectionDate: "2015-11-27" },
];

export const demoStatements: DemoStatement[] = [
  {
    speaker: "Abu Omar",
    title: "Abu Omar, interview with a regional newspaper",
    statementDate: "2015-02-14",
    sourceName: "Regional newspaper (fictional)",
    language: "en",
    text: "I joined because I wanted to fight the regime that destroyed my town. After a few months we were told that the brigades in the next valley were apostates. They were Sunni men like us, from families we knew.\n\nWe spent the winter fighting them while the regime's positions were left alone. When I asked why, the commander said it was not my place to ask.",
  },
  {
    speaker: "Abu Omar",
    title: "أبو عمر، شهادة مسجلة",
    statementDate: "2015-04-02",
    sourceName: "Recorded testimony (fictional)",
    language: "ar",
    text: "خرجت من التنظيم في بداية عام ٢٠١٥. جئنا لنقاتل النظام، لكنهم أرسلونا لقتال فصائل أخرى من أهل السنة.\n\nكان الأمراء يعيشون في بيوت كبيرة بينما كان المقاتلون العاديون بلا رواتب. لم تكن هناك كهرباء معظم الأيام.",
  },
  {
    speaker: "Umm Yusuf",
    title: "Umm Yusuf, radio interview",
    statementDate: "2015-05-10",
    sourceName: "Radio programme (fictional)",
    language: "en",
    text: "We were promised a proper home and a good life for the children. The house we were given had no water and the windows were covered with plastic.\n\nWomen could not leave without a male guardian, and my husband was away for weeks. I decided to leave when my son fell ill and there was no doctor.",
  },
  {
    speaker: "Abu Hamza",
    title: "Abu Hamza, statement to researchers",
    statementDate: "2014-12-20",
    sourceName: "Research interview (fictional)",
    language: "en",
    text: "People in the villages were punished for small things, for smoking or for missing a prayer. These were Sunni Muslims, the same people the group said it came to protect.\n\nI saw prisoners from a tribe that had refused to pledge allegiance. Nobody told us what happened to them, and nobody was allowed to ask.",
  },
  {
    speaker: "Abu Bakr al-Urduni",
    title: "Abu Bakr al-Urduni, online video statement",
    statementDate: "2015-06-01",
    sourceName: "Online video (fictional)",
    language: "en",
    text: "The emirs had cars and money, and their friends got the best houses. Ordinary fighters were told to be patient and wait for their pay.\n\nThey issued rulings that suited the leadership, and called anyone who questioned them a traitor. This is not Islam as I learned it.",
  },
  {
    speaker: "Abu Saad",
    title: "Abu Saad, television interview",
    statementDate: "2015-09-12",
    sourceName: "Television interview (fictional)",
    language: "en",
    text: "My unit was sent to attack a rebel group that had been fighting the regime for three years. We took their checkpoint while the regime's airport nearby was untouched.\n\nThe local people stopped speaking to us. They were afraid of the punishments in the square.",
  },
  {
    speaker: "Ibrahim B.",
    title: "Ibrahim B., court statement",
    statementDate: "2015-10-19",
    sourceName: "Court record (fictional)",
    language: "en",
    text: "I went because I believed I would help the Syrian people. Instead I spent most days guarding an empty building and being shouted at.\n\nThe foreign fighters were treated better than the Syrians, and the commanders took what they wanted from the markets. I asked to leave and was put in a cell for two weeks.",
  },
  {
    speaker: "Sarah K.",
    title: "Sarah K., interview with a broadcaster",
    statementDate: "2015-08-30",
    sourceName: "Broadcast interview (fictional)",
    language: "en",
    text: "Online it looked like a community where everyone was equal. When I arrived I was kept in a house with other women and we were not allowed outside.\n\nThe food was poor, there was no money, and the men in charge lived very differently from the rest of us. I felt I had been lied to from the beginning.",
  },
  {
    speaker: "Abu Musa al-Australi",
    title: "Abu Musa al-Australi, messages to a journalist",
    statementDate: "2014-10-25",
    sourceName: "Messages to a journalist (fictional)",
    language: "en",
    text: "Life there is hard and boring. We waited for weeks with nothing to do, and the heating never worked.\n\nThe brothers from other groups were called apostates, but they prayed like us. I do not understand why we fought them and not the regime.",
  },
  {
    speaker: "Farhod",
    title: "Farhod, interview in a refugee camp",
    statementDate: "2015-05-22",
    sourceName: "Camp interview (fictional)",
    language: "en",
    text: "They told us we would have salaries and respect. The salaries stopped after two months, and many of the Central Asian fighters had nothing to send home.\n\nCommanders from one country protected their own people and sent others to the front.",
  },
  {
    speaker: "Farhod",
    title: "Farhod, follow-up interview",
    statementDate: "2015-11-03",
    sourceName: "Camp interview (fictional)",
    language: "en",
    text: "In the town where I was posted, men were beaten in public for being late to prayer. They were ordinary Sunni shopkeepers.\n\nI could not accept that this was done in the name of religion.",
  },
  {
    speaker: "Abu Ayman al-Indonesi",
    title: "Abu Ayman al-Indonesi, statement to a think-tank",
    statementDate: "2015-12-10",
    sourceName: "Think-tank interview (fictional)",
    language: "en",
    text: "I brought my family because they promised a just state. What I found was injustice: the strong took from the weak and the leaders answered to nobody.\n\nMy children were hungry most of the winter. That is why we left.",
  },
  {
    speaker: "Mehmet",
    title: "Mehmet, newspaper interview",
    statementDate: "2015-09-01",
    sourceName: "Newspaper interview (fictional)",
    language: "en",
    text: "We were sent to fight the Free Syrian Army and other Islamic groups, not Assad's army. Most of the men we faced were Sunnis from nearby villages.\n\nI left after my friend was killed in one of those battles.",
  },
  {
    speaker: "Unnamed defector",
    title: "Unnamed defector, anonymous letter",
    statementDate: "2015-12-28",
    sourceName: "Anonymous letter (fictional)",
    language: "en",
    text: "I will not give my name or my country. The leaders speak of religion but live for power and money.\n\nThey punish the poor for small mistakes while their own men do as they please. Life became a prison for everyone who was not one of them.",
  },
];

/**
 * Demo codings: in each listed statement, each phrase coded with a narrative (key 1–4) by the coders named (1, 2, 3).
 * They agree on most and part on some, so the agreement and analysis pages have something to show; these statements
 * are submitted by all three coders.
 */
export const demoCodings: { title: string; codings: [phrase: string, key: "1" | "2" | "3" | "4", coders: string][] }[] = [
  {
    title: "Abu Omar, interview with a regional newspaper",
    codings: [
      ["we were told that the brigades in the next valley were apostates", "1", "123"],
      ["We spent the winter fighting them while the regime's positions were left alone", "1", "123"],
      ["the commander said it was not my place to ask", "3", "2"],
    ],
  },
  {
    title: "أبو عمر، شهادة مسجلة",
    codings: [
      ["لكنهم أرسلونا لقتال فصائل أخرى من أهل السنة", "1", "123"],
      ["كان الأمراء يعيشون في بيوت كبيرة بينما كان المقاتلون العاديون بلا رواتب", "3", "123"],
      ["لم تكن هناك كهرباء معظم الأيام", "4", "13"],
    ],
  },
  {
    title: "Umm Yusuf, radio interview",
    codings: [
      ["The house we were given had no water and the windows were covered with plastic", "4", "123"],
      ["Women could not leave without a male guardian", "4", "12"],
      ["there was no doctor", "4", "23"],
    ],
  },
  {
    title: "Abu Hamza, statement to researchers",
    codings: [
      ["People in the villages were punished for small things, for smoking or for missing a prayer", "2", "123"],
      ["I saw prisoners from a tribe that had refused to pledge allegiance", "2", "12"],
      ["I saw prisoners from a tribe that had refused to pledge allegiance", "1", "3"],
    ],
  },
  {
    title: "Abu Bakr al-Urduni, online video statement",
    codings: [
      ["The emirs had cars and money, and their friends got the best houses", "3", "123"],
      ["They issued rulings that suited the leadership", "3", "123"],
      ["Ordinary fighters were told to be patient and wait for their pay", "4", "2"],
    ],
  },
  {
    title: "Mehmet, newspaper interview",
    codings: [
      ["We were sent to fight the Free Syrian Army and other Islamic groups, not Assad's army", "1", "123"],
      ["Most of the men we faced were Sunnis from nearby villages", "1", "13"],
    ],
  },
];
