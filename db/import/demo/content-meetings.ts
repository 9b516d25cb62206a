/** Text pools for the "Meeting Notes" database. */
import type { SubKey } from "./content-people";

export type MeetingPoolKey = SubKey | "program";

export interface MeetingPool {
  agenda: readonly string[];
  notes: readonly string[];
  decisions: readonly string[];
  /** Verb phrases after "@Name to …". */
  actions: readonly string[];
}

export const MEETING_POOLS: Record<MeetingPoolKey, MeetingPool> = {
  power: {
    agenda: ["Battery capacity test results", "Solar array flasher data", "PDU firmware status", "Power budget for imaging passes", "Harness changes since last week", "Parts orders and lead times"],
    notes: ["Cell lot B came in 3% under rated capacity at 0.5 C", "MPPT efficiency is 93% at 25 °C, drops to 89% at 70 °C", "The brown-out on the EPS MCU only shows up with the heater on", "End-of-life margin is now 11% after the camera power update", "Flasher rig lamp is ageing; results drift by about 1%", "Kill-switch inhibit logic passed all 12 cases"],
    decisions: ["Keep the 2S2P pack; no change to cell supplier", "Depth of discharge limit stays at 30%", "Heater gets its own PDU channel", "Freeze the EPS schematic at rev D"],
    actions: ["rerun the capacity test on lot B", "update the power budget with the new camera numbers", "order two spare fuel gauge chips", "send the derating table to systems", "check the heater duty cycle in safe mode", "file the non-conformance for panel -Y"],
  },
  avionics: {
    agenda: ["Flight software release candidate", "HIL regression results", "Open pull requests", "Watchdog resets on the EM stack", "Command list review", "Magnetometer calibration"],
    notes: ["Release candidate 1.0-rc3 passed 212 of 214 regression cases", "The two failures are timing tests that depend on the RTC", "SPI flash corruption traced to a missing delay after power-up", "Boot time is 4.2 s from cold, 1.8 s after a warm reset", "Gyroscope drift after thermal cycling is 0.3 deg/s", "Stack usage of the comms task is at 87%"],
    decisions: ["Raise the comms task stack to 4 kB", "Ship 1.0 without the software upload feature", "Use hard-iron calibration only for now", "Freeze the command list for the FRR"],
    actions: ["fix the RTC-dependent timing tests", "write up the SPI flash root cause", "rerun the 7-day soak with rc4", "review the command list with mission ops", "measure stack use on the FM stack", "tag release 1.0-rc4"],
  },
  structures: {
    agenda: ["Vibration campaign readiness", "Mass budget", "Hinge deployment tests", "Drawing pack status", "Machining schedule", "Fit-check with the dispenser"],
    notes: ["First natural frequency is 142 Hz in the FEA, well above the 100 Hz requirement", "Total mass is 3.71 kg against a 4.00 kg limit", "Hinge deployed 25 of 25 times, including at -30 °C", "Two thread inserts on the -X panel were loose", "Centre of gravity is 4 mm from the geometric centre, within the 20 mm limit", "Shaker slot moved to the week after next"],
    decisions: ["Replace the -X panel inserts before the vibration run", "Use titanium screws for the camera mount", "Accept the deployed CoG offset", "Drawing pack rev C is the flight baseline"],
    actions: ["book the shaker for acceptance level", "update the mass budget with the harness", "re-torque and stripe the FM fasteners", "send drawing pack rev C to the workshop", "repeat the hinge test at +50 °C", "photograph the fit-check"],
  },
  thermal: {
    agenda: ["TVAC cycle results", "Model correlation status", "Battery heater sizing", "Coating layout", "Thermistor installation", "Chamber booking"],
    notes: ["Cycle 3 reached -25 °C and +55 °C plateaus with 2 hours dwell", "Model predicts the battery 4 °C colder than measured", "Heater needs 1.2 W to keep the battery above 0 °C in eclipse", "White paint emissivity measured at 0.88", "Thermistor T7 reads 1.5 °C high at cold plateau", "Chamber pump-down took 6 hours, longer than planned"],
    decisions: ["Adjust the battery contact conductance in the model", "Heater set point at 2 °C with 3 °C hysteresis", "Use silver Teflon on the -Y panel", "Run a fourth cycle before closing correlation"],
    actions: ["update the model with the new conductance", "recalibrate thermistor T7", "book the chamber for cycle 4", "write the cycle 3 report", "send the heater numbers to power", "order more silver Teflon tape"],
  },
  comms: {
    agenda: ["UHF link budget update", "Antenna deployment tests", "Frequency coordination status", "Beacon decoding", "RF inhibit chain", "S-band study"],
    notes: ["Link margin at 10° elevation is 7.8 dB at 9600 baud", "Antenna deployed on every try with a 5 s burn", "IARU coordination letter received; frequency 437.425 MHz", "SatNOGS stations decoded the beacon from the roof test", "RF inhibit holds the transmitter off for 30 minutes after deployment", "S-band transmitter needs 6 W, which the power budget cannot carry yet"],
    decisions: ["Default downlink at 9600 baud, fall back to 1200", "Burn time stays at 5 s", "Keep the S-band upgrade as a stretch goal", "Beacon every 30 s in nominal mode"],
    actions: ["update the link budget for 5° elevation", "send the coordination letter to the launch provider", "test the inhibit timer at cold", "decode the beacon with GNU Radio", "measure return loss after deployment", "draft the licence application"],
  },
  payload: {
    agenda: ["Camera calibration results", "Compression performance", "Image pipeline", "Lens replacement", "Downlink data budget", "Payload commands"],
    notes: ["Dark current doubles every 7 °C above 20 °C", "CCSDS 122 gives 8.3:1 at 41 dB PSNR on the test scenes", "Flat-field correction removes the vignetting to within 2%", "Replacement lens ships in three weeks", "Five full scenes per day fit the downlink at 9600 baud", "Auto-gain overexposes snow scenes by two stops"],
    decisions: ["Use CCSDS 122 as the default compression", "Cap the camera at 10 captures per orbit", "Thumbnails are always downlinked first", "Fix exposure for snow scenes with a manual table"],
    actions: ["rerun the pipeline on night scenes", "update the data budget with thumbnails", "test focus at -20 °C", "write the capture command handler", "check the replacement lens on arrival", "tune the exposure table"],
  },
  ops: {
    agenda: ["Ground station status", "Mission rehearsal results", "LEOP timeline", "Operator training", "Pass planning tool", "Contingency procedures"],
    notes: ["Rotator backlash is 1.5° in azimuth, fine for the Yagis", "Rehearsal 3 ran 14 passes with two missed commands", "Station noise floor is -128 dBm at night with the LNA", "Six operators are trained for commanding", "Pass planner now reads TLEs automatically", "First contact window is 47 minutes after separation"],
    decisions: ["Two operators on every pass during LEOP", "Round-the-clock staffing for the first 72 hours", "Use SatNOGS as backup receive network", "Contingency procedure for no beacon is approved"],
    actions: ["schedule rehearsal 4", "update the LEOP timeline with the new window", "train two more operators", "write the safe mode procedure", "fix the Doppler correction sign", "back up the pass archive to the department server"],
  },
  program: {
    agenda: ["Schedule to launch", "Open review findings", "Risk list", "Budget and purchases", "Outreach", "Launch provider paperwork"],
    notes: ["Launch slot confirmed for the December rideshare", "Six review findings remain open, none blocking", "Top risk is the gyroscope replacement lead time", "Spending is at 78% of the budget with three months to go", "The department newsletter will feature the team in the autumn issue", "Launch provider needs the battery transport declaration by November"],
    decisions: ["Hold the FRR on the planned date", "Drop the S-band upgrade from the flight baseline", "Spend the contingency on a spare OBC", "Freeze the flight software at 1.0"],
    actions: ["send the findings list to the board", "update the risk register", "prepare the FRR slides", "book the shipping container", "send the battery declaration", "update the master schedule"],
  },
};

/** The five meetings with no date anywhere, and the pool each draws from. */
export const UNDATED_MEETINGS: readonly (readonly [string, SubKey])[] = [
  ["Antenna deployment brainstorm", "comms"],
  ["Payload kickoff", "payload"],
  ["Thermal whiteboard session", "thermal"],
  ["EPS fault tree walkthrough", "power"],
  ["Ground segment ideas", "ops"],
];

export interface ProgramMeeting {
  title: string;
  type: string;
  /** ISO week the meeting happened in (for the Date property). */
  week: number;
  /** True when the faculty advisor attends. */
  advisor: boolean;
}

/** Meetings of the whole program (not one subsystem). */
export function programMeetings(): ProgramMeeting[] {
  const list: ProgramMeeting[] = [
    { title: "PDR dry run", type: "Review", week: 9, advisor: true },
    { title: "PDR dry run 2", type: "Review", week: 10, advisor: true },
    { title: "CDR dry run", type: "Review", week: 20, advisor: true },
    { title: "CDR dry run 2", type: "Review", week: 21, advisor: true },
    { title: "Integration readiness review", type: "Review", week: 27, advisor: true },
    { title: "Flight readiness review", type: "Review", week: 45, advisor: true },
    { title: "FRR dry run", type: "Review", week: 44, advisor: true },
    { title: "Launch readiness review", type: "Review", week: 48, advisor: true },
    { title: "Requirements walkthrough", type: "Working session", week: 3, advisor: false },
    { title: "Sponsor update — spring", type: "All-hands", week: 14, advisor: true },
    { title: "Sponsor update — autumn", type: "All-hands", week: 40, advisor: true },
  ];
  for (const q of [1, 2, 3, 4]) list.push({ title: `Budget review — Q${q}`, type: "Review", week: q * 13 - 2, advisor: false });
  for (let w = 2; w <= 46; w += 4) list.push({ title: `Advisor check-in — week ${w}`, type: "Advisor meeting", week: w, advisor: true });
  for (let w = 4; w <= 44; w += 8) list.push({ title: `All-hands — week ${w}`, type: "All-hands", week: w, advisor: false });
  for (let w = 8; w <= 48; w += 8) list.push({ title: `Sprint retro — week ${w}`, type: "Retro", week: w, advisor: false });
  return list;
}

export const MEETING_TEMPLATE_BODY = [
  "## Agenda",
  "",
  "- ",
  "",
  "## Notes",
  "",
  "- ",
  "",
  "## Decisions",
  "",
  "- ",
  "",
  "## Action items",
  "",
  "- [ ]  ",
  "- [ ]  ",
].join("\n");
