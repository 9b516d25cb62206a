/** The people, subsystems and projects of the fictional CADENCE CubeSat program. */

export type SubKey = "power" | "avionics" | "structures" | "thermal" | "comms" | "payload" | "ops";

export interface SubsystemInfo {
  key: SubKey;
  /** Title of the subsystem page under "Engineering". */
  page: string;
  /** Values people typed in Subsystem properties for it. */
  labels: readonly string[];
  /** How meeting titles name it ("Power subsystem sync — week 12"). */
  meetingLabel: string;
}

export const SUBSYSTEMS: readonly SubsystemInfo[] = [
  { key: "power", page: "Power Subsystem", labels: ["Power", "EPS"], meetingLabel: "Power subsystem" },
  { key: "avionics", page: "Avionics Subsystem", labels: ["Avionics"], meetingLabel: "Avionics" },
  { key: "structures", page: "Structures Subsystem", labels: ["Structures"], meetingLabel: "Structures" },
  { key: "thermal", page: "Thermal Subsystem", labels: ["Thermal"], meetingLabel: "Thermal" },
  { key: "comms", page: "Communications Subsystem", labels: ["Comms"], meetingLabel: "Comms" },
  { key: "payload", page: "Payload Subsystem", labels: ["Payload"], meetingLabel: "Payload" },
  { key: "ops", page: "Mission Operations", labels: ["Mission Ops"], meetingLabel: "Mission ops" },
];

export function subsystem(key: SubKey): SubsystemInfo {
  return SUBSYSTEMS.find((s) => s.key === key)!;
}

export interface Person {
  name: string;
  role: string;
  /** The Subsystem cell of the Team Directory ("" when the person works across subsystems). */
  subsystemLabel: string;
  sub: SubKey | null;
  bio: string;
}

export const ROSTER: readonly Person[] = [
  { name: "Maya Chen", role: "Project manager", subsystemLabel: "", sub: null, bio: "Maya is a fourth-year aerospace student who kept the CADENCE schedule, risk list and launch paperwork on track." },
  { name: "Daniel Okafor", role: "Systems engineer", subsystemLabel: "", sub: null, bio: "Daniel owned the requirements database and the verification matrix. He still answers questions about the mass budget." },
  { name: "Zara Hussain", role: "Systems engineer", subsystemLabel: "", sub: null, bio: "Zara ran interface control between subsystems and chaired most of the integration readiness sessions." },
  { name: "Sofia Hernández", role: "Power lead", subsystemLabel: "Power", sub: "power", bio: "Sofia led the electrical power subsystem from the first breadboard to the flight battery pack." },
  { name: "Arjun Mehta", role: "Power engineer", subsystemLabel: "EPS", sub: "power", bio: "Arjun designed the battery charge regulator and wrote most of the EPS firmware." },
  { name: "Oluwaseun Adeyemi", role: "EPS engineer", subsystemLabel: "EPS", sub: "power", bio: "Seun characterised the solar cells and built the flasher rig in the basement lab." },
  { name: "Isabela Santos", role: "Power electronics engineer", subsystemLabel: "Power", sub: "power", bio: "Isabela laid out the power distribution board and handled derating of every part on it." },
  { name: "Elif Yılmaz", role: "Avionics lead", subsystemLabel: "Avionics", sub: "avionics", bio: "Elif led avionics and flight software; she set up the release process the team still uses." },
  { name: "Grace Kim", role: "Flight software engineer", subsystemLabel: "Avionics", sub: "avionics", bio: "Grace wrote the command handler, the scheduler and a great many unit tests." },
  { name: "Ravi Shankar", role: "Avionics hardware engineer", subsystemLabel: "Avionics", sub: "avionics", bio: "Ravi brought up the on-board computer and the attitude sensors on the bench." },
  { name: "Liam O'Brien", role: "Structures lead", subsystemLabel: "Structures", sub: "structures", bio: "Liam owned the primary structure, the deployables and the vibration campaign." },
  { name: "Noah Williams", role: "Structures engineer", subsystemLabel: "Structures", sub: "structures", bio: "Noah ran the finite-element models and kept the CAD tree tidy." },
  { name: "Jonas Lindqvist", role: "Mechanical engineer", subsystemLabel: "Structures", sub: "structures", bio: "Jonas machined most of the flight panels and designed the hinge springs." },
  { name: "Aiko Tanaka", role: "Thermal lead", subsystemLabel: "Thermal", sub: "thermal", bio: "Aiko built the thermal model and ran all four thermal vacuum cycles." },
  { name: "Mateo Rossi", role: "Thermal analyst", subsystemLabel: "Thermal", sub: "thermal", bio: "Mateo correlated the model against chamber data and sized the battery heater." },
  { name: "Emily Park", role: "Thermal engineer", subsystemLabel: "Thermal", sub: "thermal", bio: "Emily handled coatings, tapes and thermistor installation." },
  { name: "Kwame Mensah", role: "Comms lead", subsystemLabel: "Comms", sub: "comms", bio: "Kwame led communications, from the UHF link budget to the frequency coordination filing." },
  { name: "Fatima Al-Sayed", role: "RF engineer", subsystemLabel: "Comms", sub: "comms", bio: "Fatima tuned the deployable antenna and ran the RF compatibility campaign." },
  { name: "Amara Nwosu", role: "Comms software engineer", subsystemLabel: "Comms", sub: "comms", bio: "Amara implemented the AX.25 framing and the beacon decoder used by the ground station." },
  { name: "Lucas Ferreira", role: "Payload lead", subsystemLabel: "Payload", sub: "payload", bio: "Lucas led the camera payload and its trade study." },
  { name: "Chloé Dubois", role: "Payload engineer", subsystemLabel: "Payload", sub: "payload", bio: "Chloé calibrated the camera and wrote the image pipeline." },
  { name: "Wei Zhang", role: "Payload image processing engineer", subsystemLabel: "Payload", sub: "payload", bio: "Wei worked on on-board compression and the downlink data budget." },
  { name: "Hannah Schmidt", role: "Mission Ops lead", subsystemLabel: "Mission Ops", sub: "ops", bio: "Hannah led mission operations and wrote the concept of operations." },
  { name: "Ethan Brooks", role: "Ground station engineer", subsystemLabel: "Mission Ops", sub: "ops", bio: "Ethan built the rooftop ground station, rotator and all." },
  { name: "Tomás García", role: "Mission operations engineer", subsystemLabel: "Mission Ops", sub: "ops", bio: "Tomás planned the launch and early orbit phase and trained the operators." },
];

/** Assigned to tasks, but never added to the Team Directory. */
export const EXTERNAL_ASSIGNEE = "Priyanka Rao";
/** Faculty advisor: attends meetings and is mentioned in bodies, not in the Team Directory. */
export const ADVISOR = "Dr. Elena Marsh";
/** What Notion writes for people it cannot resolve. */
export const ANONYMOUS = "Anonymous";

/** The 27 real persons of the export. */
export const ALL_PERSON_NAMES: readonly string[] = [...ROSTER.map((p) => p.name), EXTERNAL_ASSIGNEE, ADVISOR];

export function membersOf(sub: SubKey | null): readonly Person[] {
  return ROSTER.filter((p) => p.sub === sub);
}

export function emailOf(person: Person): string {
  const ascii = person.name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/'/g, "");
  const [first, ...rest] = ascii.split(" ");
  return `${first}.${rest.join("-")}@cadence-sat.example.org`;
}

// ---------------------------------------------------------------------------------------------
// Projects (rows of the "Projects" database under "Program Management")

export interface ProjectInfo {
  title: string;
  sub: SubKey | null;
  status: string;
  owner: string;
  /** Timeline as [start, end] ISO dates. */
  timeline: readonly [string, string];
  paragraphs: readonly string[];
}

export const PROJECTS: readonly ProjectInfo[] = [
  { title: "Mission proposal", sub: null, status: "Completed", owner: "Maya Chen", timeline: ["2024-01-15", "2024-04-30"], paragraphs: ["The proposal that got CADENCE selected: a 3U CubeSat carrying a multispectral camera to a 550 km sun-synchronous orbit for two years of crop-health imaging.", "Deliverables were the mission statement, a first mass and power estimate, the outreach plan and the letter of support from the department.", "Selected in May 2024; reviewer comments were folded into the requirements baseline."] },
  { title: "Launch readiness", sub: null, status: "Active", owner: "Maya Chen", timeline: ["2025-09-01", "2025-12-15"], paragraphs: ["Everything between the flight readiness review and handing the satellite to the launch provider: paperwork, shipping, final charge and the remove-before-flight checklist.", "Open items are tracked as tasks linked to this page. The shipping container and the battery transport declaration are on the critical path."] },
  { title: "CDR package", sub: null, status: "Completed", owner: "Daniel Okafor", timeline: ["2025-01-06", "2025-03-21"], paragraphs: ["Assembly of the critical design review data package: requirements compliance matrix, subsystem design reports, interface control documents and the verification plan.", "The review board closed 41 of 47 findings before the end of April; the remaining six moved into the integration phase."] },
  { title: "EPS design and battery qualification", sub: "power", status: "Completed", owner: "Sofia Hernández", timeline: ["2024-06-03", "2025-05-30"], paragraphs: ["Design of the electrical power system around four 18650 Li-ion cells in a 2S2P pack, peak-power-tracking converters for each panel and a latching power distribution unit.", "Qualification covered capacity, cycle life at 30% depth of discharge, thermal cycling and vibration of the pack in its flight bracket."] },
  { title: "Solar array procurement", sub: "power", status: "In progress", owner: "Oluwaseun Adeyemi", timeline: ["2025-02-03", "2025-08-29"], paragraphs: ["Purchase, inspection and acceptance testing of the body-mounted and deployable solar panels.", "Each panel is flashed in the lab before and after the vibration campaign; a drop of more than 2% in maximum power triggers a non-conformance report."] },
  { title: "Flight computer bring-up", sub: "avionics", status: "Completed", owner: "Ravi Shankar", timeline: ["2024-09-02", "2025-02-28"], paragraphs: ["Bring-up of the on-board computer (STM32F7 with 2 GB of flash) on the engineering model, including drivers for every bus and a first boot of FreeRTOS.", "Closed once the engineering model ran a 72-hour soak with no watchdog reset."] },
  { title: "Flight software v1.0", sub: "avionics", status: "In progress", owner: "Elif Yılmaz", timeline: ["2025-01-13", "2025-10-31"], paragraphs: ["The first flight release: scheduler, command handler, telemetry, file system, fault detection and the safe-mode state machine.", "Releases follow the Flight Software Release Process page; every release candidate runs the full hardware-in-the-loop regression."] },
  { title: "Attitude determination and control", sub: "avionics", status: "Blocked", owner: "Grace Kim", timeline: ["2025-03-03", "2025-09-26"], paragraphs: ["Magnetometer, sun sensors and gyroscope for attitude determination; magnetorquers for detumble and coarse nadir pointing.", "Blocked on the replacement gyroscope: the first unit drifted by 0.3 deg/s after thermal cycling."] },
  { title: "Structure and deployables", sub: "structures", status: "Completed", owner: "Liam O'Brien", timeline: ["2024-07-01", "2025-04-25"], paragraphs: ["Primary structure in 6061 aluminium with hard-anodised rails, plus the two deployable solar panels and their burn-wire release.", "Deployment was demonstrated 25 times on the engineering model, including at -30 °C."] },
  { title: "Vibration qualification campaign", sub: "structures", status: "Completed", owner: "Noah Williams", timeline: ["2025-04-07", "2025-06-13"], paragraphs: ["Sine survey, random vibration at qualification level and shock on the engineering model, then acceptance-level random vibration on the flight model.", "No frequency shift above 5% between pre- and post-test sine surveys on any axis."] },
  { title: "Thermal model and TVAC campaign", sub: "thermal", status: "In progress", owner: "Aiko Tanaka", timeline: ["2025-02-17", "2025-09-19"], paragraphs: ["Lumped-parameter thermal model of the satellite in Thermal Desktop, correlated against four thermal vacuum cycles in the department chamber.", "The correlated model predicts all units within limits for the hot and cold operational cases with at least 5 °C margin."] },
  { title: "Thermal control hardware", sub: "thermal", status: "Planned", owner: "Emily Park", timeline: ["2025-08-04", "2025-10-10"], paragraphs: ["Coatings, tapes, the battery heater and thermistors for the flight model.", "Starts once the correlated model confirms the coating layout."] },
  { title: "UHF transceiver integration", sub: "comms", status: "Completed", owner: "Kwame Mensah", timeline: ["2024-10-07", "2025-05-16"], paragraphs: ["Integration of the UHF transceiver and the deployable dipole antenna, including the RF inhibit chain required by the launch provider.", "End-to-end link tested over 12 km from the campus roof to the partner station."] },
  { title: "S-band downlink upgrade", sub: "comms", status: "Planned", owner: "Fatima Al-Sayed", timeline: ["2025-10-06", "2025-12-19"], paragraphs: ["Study and prototype of an S-band transmitter so full-resolution images can be downlinked in one pass instead of six.", "Depends on the outcome of the frequency coordination for the S-band channel."] },
  { title: "Frequency coordination and licensing", sub: "comms", status: "Active", owner: "Amara Nwosu", timeline: ["2024-11-04", "2025-11-28"], paragraphs: ["Amateur-satellite frequency coordination with the IARU, the national experimental licence and the ITU advance publication.", "The IARU coordination letter arrived in July; the licence is waiting on the final orbit parameters."] },
  { title: "Multispectral camera payload", sub: "payload", status: "In progress", owner: "Lucas Ferreira", timeline: ["2024-09-16", "2025-09-30"], paragraphs: ["A four-band camera (blue, green, red, near-infrared) with 28 m ground sample distance from 550 km.", "The engineering model camera is calibrated; the flight unit is waiting for the replacement lens."] },
  { title: "Onboard image compression", sub: "payload", status: "Active", owner: "Wei Zhang", timeline: ["2025-03-10", "2025-08-29"], paragraphs: ["CCSDS 122 compression on the payload processor, so a full scene fits the daily downlink budget.", "Target ratio is 8:1 with a peak signal-to-noise ratio above 40 dB on the test scenes."] },
  { title: "Ground station build-out", sub: "ops", status: "Completed", owner: "Ethan Brooks", timeline: ["2024-08-05", "2025-03-28"], paragraphs: ["The rooftop station: crossed Yagi antennas on an az-el rotator, a low-noise amplifier at the mast, an SDR receiver and the station computer.", "Also registered with SatNOGS so partner stations can receive the beacon."] },
  { title: "Operations concept and flight rules", sub: "ops", status: "In progress", owner: "Hannah Schmidt", timeline: ["2025-01-20", "2025-10-17"], paragraphs: ["How CADENCE is operated: pass planning, commanding, anomaly response and the flight rules every operator signs.", "Rehearsals run every other Friday with the flight software simulator."] },
  { title: "Launch and early orbit preparation", sub: "ops", status: "Planned", owner: "Tomás García", timeline: ["2025-09-15", "2025-12-12"], paragraphs: ["Timeline, staffing and contingency procedures for the first two weeks in orbit.", "The first 72 hours are staffed around the clock from the ops room."] },
];
