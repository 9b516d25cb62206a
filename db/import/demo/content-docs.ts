/** Renders technical documents and holds the rest of the Engineering and Workflows text. */
import { DOCS_A, type DocKind, type TechDoc } from "./content-docs-a";
import { DOCS_B } from "./content-docs-b";
import type { SubKey } from "./content-people";

export type { TechDoc } from "./content-docs-a";

export const TECH_DOCS: readonly TechDoc[] = [...DOCS_A, ...DOCS_B];

const METHOD: Record<DocKind, string> = {
  analysis: "Inputs come from the current revision of the requirements and from measured values where we have them; estimates carry the margin policy of the systems team (20% on estimates, 10% on similar designs, 2% on measured values). Calculations are in the shared spreadsheet linked from the subsystem page, and every number below can be traced to a cell there.",
  test: "The test ran on the engineering model unless noted, following the procedure approved at the test readiness meeting. Instruments were within their calibration date. The test conductor recorded every step in the run sheet, and deviations were logged on the spot and reviewed before the results were accepted.",
  icd: "This document is the agreement between the two sides of each interface. Any change needs both subsystem leads to agree and is recorded in the revision history below. Values here override drawings, schematics and older slides; if they disagree, raise it at the next systems sync.",
  trade: "Options were scored from 1 to 10 against weighted criteria agreed beforehand with the systems team, using datasheet values checked against at least one independent source. Scores were discussed at the subsystem sync so that no single person's preference decided the outcome.",
  plan: "The plan reflects the state of the hardware and software at the time of writing. Steps are written so that someone who has not done them before can follow them with a trained person present. Anything that can damage flight hardware is marked and needs the subsystem lead's approval first.",
  design: "The design follows the requirements allocated to the subsystem and reuses proven parts and patterns wherever possible. Choices that were not obvious are explained below so that future team members can change them with confidence instead of guessing why they were made.",
};

const REVISIONS: Record<DocKind, string> = {
  analysis: "Updated with measured values",
  test: "Added post-test inspection results",
  icd: "Interfaces frozen for the flight model",
  trade: "Scores revised after supplier quotes",
  plan: "Steps clarified after first use",
  design: "Updated after the critical design review",
};

const SUBSYSTEM_REFERENCE: Record<SubKey, string> = {
  power: "ECSS-E-ST-20C, Space engineering: electrical and electronic",
  avionics: "ECSS-E-ST-40C, Space engineering: software",
  structures: "GSFC-STD-7000B, General environmental verification standard (GEVS)",
  thermal: "ECSS-E-ST-31C, Space engineering: thermal control general requirements",
  comms: "CCSDS 131.0-B-4, TM synchronization and channel coding",
  payload: "CCSDS 122.0-B-2, Image data compression",
  ops: "CCSDS 401.0-B-32, Radio frequency and modulation systems",
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The body of a technical document; `revisionDates` are two formatted dates. */
export function renderTechDoc(doc: TechDoc, subsystemName: string, revisionDates: readonly [string, string]): string {
  return [
    `Prepared by @${doc.author} for the CADENCE ${subsystemName.toLowerCase()} work. Current revision: B. Comments go in the page discussion, not in the chat, so they stay with the document.`,
    "## Purpose",
    doc.purpose,
    "## Method",
    METHOD[doc.kind],
    `## ${doc.table.caption}`,
    table(doc.table.header, doc.table.rows),
    "## Results",
    ...doc.results,
    "## Conclusions",
    doc.conclusions.map((c) => `- ${c}`).join("\n"),
    "## Open items",
    doc.open.map((o) => `- [ ]  ${o}`).join("\n"),
    "## References",
    [
      "CADENCE system requirements document, revision C",
      "CubeSat Design Specification, revision 14.1",
      SUBSYSTEM_REFERENCE[doc.sub],
    ].map((r, i) => `${i + 1}. ${r}`).join("\n"),
    "## Revision history",
    table(["Rev", "Date", "Change"], [["A", revisionDates[0], "First issue"], ["B", revisionDates[1], REVISIONS[doc.kind]]]),
  ].join("\n\n");
}

/** Opening paragraphs of each subsystem page under Engineering. */
export const SUBSYSTEM_OVERVIEW: Record<SubKey, { lead: string; text: string }> = {
  power: { lead: "Sofia Hernández", text: "The electrical power system generates, stores and distributes power: triple-junction solar cells on four body panels and two deployables, a 2S2P Li-ion battery of 48 Wh, peak-power-tracking converters and a six-channel distribution unit with latching current limiters. The orbit-average load is 5.5 W in nominal operations." },
  avionics: { lead: "Elif Yılmaz", text: "Avionics covers the on-board computer (an in-house STM32F7 board with 2 GB of flash), the flight software on FreeRTOS, and the attitude determination and control sensors and actuators: magnetometer, six sun sensors, a gyroscope and three magnetorquers." },
  structures: { lead: "Liam O'Brien", text: "The structure is a 3U frame machined from 6061 aluminium with hard-anodised rails, holding the PCB stack, battery box, camera and antenna. Two deployable solar panels are held by a Dyneema line and released by a burn wire. Total mass is 3.71 kg against a 4.00 kg limit." },
  thermal: { lead: "Aiko Tanaka", text: "Thermal control is passive except for a 1.2 W battery heater: coatings and tapes set the balance between absorbed sunlight and emitted heat. The thermal model is correlated against four thermal vacuum cycles and predicts every unit within limits with 5 °C margin." },
  comms: { lead: "Kwame Mensah", text: "Communications use a UHF transceiver at 437.425 MHz with a deployable dipole, GMSK at 9600 baud for downlink and 1200 baud as fallback, AX.25 framing and Reed-Solomon coding. Beacons are open so radio amateurs can receive them." },
  payload: { lead: "Lucas Ferreira", text: "The payload is a four-band camera (blue, green, red, near-infrared) with a 12 MP sensor and a 50 mm lens, giving 28 m ground sample distance and a 113 km swath from 550 km. Images are compressed on board with CCSDS 122." },
  ops: { lead: "Hannah Schmidt", text: "Mission operations cover the rooftop ground station, the partner station, the pass planner and telemetry database, the flight rules and the operators who command the satellite. About six passes per day are usable for downlink." },
};

/** Bodies of the ten "Untitled" pages (quick notes someone never named). */
export const UNTITLED_BODIES: readonly string[] = [
  "bench notes: 3V3 rail measured 3.29 V at 25 °C, 3.31 V at 50 °C. ripple 18 mV pk-pk",
  "Things to ask the supplier:\n\n- lead time for 10 more cells\n- test certificate for lot C\n- shipping by air?",
  "flash log from the EM, boot count jumped from 112 to 140 overnight, watchdog? check tomorrow",
  "- [ ]  measure panel flatness again\n- [x]  order new inserts",
  "chamber booked wk 37, need LN2 order by friday",
  "tried 1200 baud from the roof, 6/10 frames decoded, antenna pointing was bad",
  "focus looked soft at the corners, maybe the lens mount is tilted",
  "rotator calibration: az offset +2.5°, el offset -0.5°",
  "copy of the whiteboard: heater 1.2 W, setpoint 2 °C, hysteresis 3 °C",
  "random idea: use the magnetometer to detect the panel deployment?",
];

export const SUBSYSTEM_SCRATCH_TITLES = ["Scratch", "Notes", "Open questions"] as const;

export const WORKFLOW_PAGES: readonly { title: string; body: string }[] = [
  {
    title: "Onboarding Guide",
    body: [
      "Welcome to CADENCE! This page gets a new member from the first day to the first useful contribution. Ask @Maya Chen if anything here is out of date.",
      "## Week one",
      "- [ ]  Get a lab badge from the department office (bring your student card)\n- [ ]  Complete the lab safety course and the ESD course online\n- [ ]  Join the chat workspace and the channel of your subsystem\n- [ ]  Get edit access to this workspace and to the shared drive\n- [ ]  Read the mission overview on the front page and the Concept of Operations",
      "## How we work",
      "Each subsystem meets once a week; the whole program meets every four weeks at the all-hands. Work is tracked in the Tasks database: every task has one owner, a due date and, where it fits, a link to its work package in Projects. When you finish something, set the status to Done and write one line about the result in the page.",
      "Decisions are written down in the meeting notes under Decisions, never only in chat. If a decision changes an interface, the ICD of that subsystem is updated the same week.",
      "## Lab rules",
      "- Flight hardware is handled only with gloves and a grounded wrist strap.\n- Nothing is powered on the flight model without a second person present.\n- Every test has a run sheet; photos go into the integration log.\n- The last person out switches off the bench supplies and the soldering stations.",
      "## Your first task",
      "Your subsystem lead picks a small task for you in the first week, usually a measurement or a document update. Pair with someone who has done it before; @Daniel Okafor runs a short systems overview for new members every month.",
    ].join("\n\n"),
  },
  {
    title: "Flight Software Release Process",
    body: [
      "How a flight software version goes from the main branch to the satellite. Owner: @Elif Yılmaz.",
      "## Branches and versions",
      "Work happens on short-lived branches merged into main through pull requests with at least one review. Releases are tagged `vMAJOR.MINOR.PATCH`; release candidates are tagged `v1.0.0-rc1`, `v1.0.0-rc2` and so on.",
      "## Steps for a release",
      "- [ ]  Freeze main and create the release branch\n- [ ]  Update the changelog and the command and telemetry dictionary\n- [ ]  Build with the flight configuration in CI (no debug output)\n- [ ]  Run the full hardware-in-the-loop regression overnight (214 cases)\n- [ ]  Run the 7-day soak on the EM avionics stack for major releases\n- [ ]  Review the results at the avionics sync and record the decision\n- [ ]  Tag the release and archive the binary with its checksum\n- [ ]  Flash the flight model with two people present and verify the checksum",
      "## Rules",
      "No release goes to the flight model with a failing regression case unless the avionics lead and the systems engineer both sign a waiver. Hotfixes follow the same steps, but the soak can be shortened to 24 hours.",
      "## After launch",
      "Software uploads over UHF are disabled in version 1.0. If they are enabled later, an upload needs a dry run on the EM stack with the same binary and a go from the mission operations lead.",
    ].join("\n\n"),
  },
];
