import { SPEAKER_VARIABLES, toSpeakerCase } from "./speaker-case";
import type { RefiProject } from "./types";

/**
 * A small project exercising everything an export writes: nested codes with colours and descriptions, texts in
 * Arabic, Korean and English with emoji, a combining mark and XML's special characters, codings sharing a passage,
 * a speaker case, a set. Every optional field is given, so an import of the export can be compared with deep equality.
 */
export function testimonyProject(): RefiProject {
  const text1 = "😔 قال: تركت التنظيم في 2015.\n탈북한 날은 추웠다 <&> \"cafe\u0301\".";
  const text2 = "Q: Why did you leave?\nA: Hunger. 🙂";
  return {
    name: "Testimonies & interviews",
    origin: null,
    description: "Exported for a unit test.",
    createdAt: "2024-05-01T10:00:00Z",
    modifiedAt: "2024-05-02T11:30:00Z",
    creatingUserGuid: "dc256e85-af8b-493a-912b-6ed999caeff0",
    users: [
      { guid: "dc256e85-af8b-493a-912b-6ed999caeff0", name: "Alice Coder", id: "AC" },
      { guid: "3f1d4e5a-6b7c-4d8e-9f0a-1b2c3d4e5f60", name: "Bora Kim", id: null },
    ],
    codes: [
      {
        guid: "b2d128f6-fcd9-48ba-8abb-eb94474c6e8a",
        name: "Reasons for leaving",
        color: "#1F77B4",
        description: "Why the speaker left.",
        isCodable: false,
        children: [
          { guid: "4a26e4c4-f81b-47b5-9686-9306538a3d4b", name: "Hunger", color: "#F80", description: null, isCodable: true, children: [] },
          {
            guid: "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a",
            name: "Politics \"& fear\"",
            color: null,
            description: "Line one\nline two",
            isCodable: true,
            children: [],
          },
        ],
      },
    ],
    variables: Object.values(SPEAKER_VARIABLES).map((variable) => ({ description: null, ...variable })),
    cases: [
      toSpeakerCase({
        guid: "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8",
        name: "Speaker 1",
        country: "North Korea",
        region: "Hamgyong",
        gender: "female",
        defectionDate: "2015-03",
        sourceGuids: ["a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"],
      }),
    ].map((speaker) => ({ ...speaker, description: "Interviewed twice." })),
    sources: [
      {
        guid: "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        name: "Interview 1 (ar/ko)",
        text: text1,
        description: "First interview.",
        values: [],
        userGuid: "dc256e85-af8b-493a-912b-6ed999caeff0",
        createdAt: "2024-05-01T10:05:00Z",
      },
      {
        guid: "f0e1d2c3-b4a5-4968-8776-655443322110",
        name: "Interview 2",
        text: text2,
        description: null,
        values: [],
        userGuid: null,
        createdAt: null,
      },
    ],
    codings: [
      {
        guid: "11111111-aaaa-4aaa-8aaa-111111111111",
        selectionGuid: "22222222-bbbb-4bbb-8bbb-222222222222",
        sourceGuid: "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        codeGuid: "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a",
        start: 2,
        end: 23,
        quote: "قال: تركت التنظيم في ",
        userGuid: "dc256e85-af8b-493a-912b-6ed999caeff0",
        createdAt: "2024-05-01T10:10:00Z",
        memo: "Says \"left\" <twice>.\n\nSecond paragraph.",
      },
      {
        guid: "33333333-cccc-4ccc-8ccc-333333333333",
        selectionGuid: "22222222-bbbb-4bbb-8bbb-222222222222",
        sourceGuid: "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        codeGuid: "4a26e4c4-f81b-47b5-9686-9306538a3d4b",
        start: 2,
        end: 23,
        quote: "قال: تركت التنظيم في ",
        userGuid: "3f1d4e5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
        createdAt: "2024-05-01T10:11:00Z",
        memo: "Bora's memo",
      },
      {
        guid: "44444444-dddd-4ddd-8ddd-444444444444",
        selectionGuid: null,
        sourceGuid: "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
        codeGuid: "4a26e4c4-f81b-47b5-9686-9306538a3d4b",
        start: 29,
        end: 51,
        quote: "탈북한 날은 추웠다 <&> \"cafe\u0301\"",
        userGuid: null,
        createdAt: null,
        memo: null,
      },
      {
        guid: "55555555-eeee-4eee-8eee-555555555555",
        selectionGuid: null,
        sourceGuid: "f0e1d2c3-b4a5-4968-8776-655443322110",
        codeGuid: "4a26e4c4-f81b-47b5-9686-9306538a3d4b",
        start: 25,
        end: 34,
        quote: "Hunger. 🙂",
        userGuid: "3f1d4e5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
        createdAt: "2024-05-03T09:00:00.123Z",
        memo: null,
      },
    ],
    sets: [
      {
        guid: "e7d6c5b4-a392-4817-8f6e-5d4c3b2a1908",
        name: "Interviews in Arabic",
        description: null,
        codeGuids: ["4a26e4c4-f81b-47b5-9686-9306538a3d4b"],
        sourceGuids: ["a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"],
      },
    ],
  };
}
