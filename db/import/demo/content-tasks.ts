/** Text pools for the "Tasks" and "Old Tasks" databases. */
import type { SubKey } from "./content-people";

/** `[template, variants]`: `{}` in the template is replaced by each variant. */
type Family = readonly [string, readonly string[]];

const n = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const FAMILIES: Record<SubKey, readonly Family[]> = {
  power: [
    ["Size battery pack for {}% DoD", ["35", "30", "25", "20", "15"]],
    ["Run capacity test on battery cell lot {}", ["A", "B", "C", "D"]],
    ["Update solar array power budget for {}", ["sunlit-only case", "eclipse season", "beta 0°", "beta 45°", "beta 72°", "safe mode"]],
    ["Review EPS schematic rev {}", ["A", "B", "C", "D"]],
    ["Characterise MPPT efficiency at {} °C", ["-20", "0", "25", "50", "70"]],
    ["Measure quiescent draw of the {}", ["PDU", "charge regulator", "battery heater switch", "watchdog board"]],
    ["Write EPS telemetry decoder for {}", ["bus voltages", "battery temperatures", "array currents", "fault flags"]],
    ["Derate {} per ECSS-Q-ST-30-11", ["LDO regulators", "MOSFET switches", "battery connectors", "harness wires"]],
    ["Bench test latch-up protection on the {}", ["3V3 rail", "5V rail", "12V rail", "battery bus"]],
    ["Order {}", ["spare 18650 cells", "solar cell coupons", "flight connectors for the PDU", "test load resistors", "a second bench supply"]],
    ["Simulate power budget for {}", ["detumble", "nominal imaging", "a downlink pass", "LEOP", "a 3-day eclipse season"]],
    ["Fix {}", ["brown-out reset on the EPS MCU", "I2C hang on the fuel gauge", "wrong battery SoC estimate", "PDU channel 4 not switching"]],
    ["Draft EPS section of the {}", ["PDR package", "CDR package", "FRR package"]],
    ["Calibrate current sensors on {}", ["solar panel +X", "solar panel -X", "solar panel +Y", "solar panel -Y", "the battery board"]],
    ["Verify kill-switch and RBF pin {}", ["continuity", "inhibit logic", "timing"]],
    ["Cycle battery pack through run {} of the life test", n(1, 4)],
    ["Update EPS ICD to v{}", ["1.1", "1.2", "1.3", "2.0"]],
    ["Run {} EPS burn-in", ["24-hour EM", "72-hour EM", "24-hour FM", "72-hour FM"]],
  ],
  avionics: [
    ["Port FreeRTOS to OBC rev {}", ["B", "C"]],
    ["Implement {} telemetry packet", ["housekeeping", "beacon", "payload status", "ADCS", "EPS"]],
    ["Write unit tests for the {}", ["scheduler", "command parser", "CRC module", "file system", "time sync", "watchdog handler"]],
    ["Fix {}", ["SPI flash corruption on reset", "off-by-one in the TLE parser", "RTC drift after 48 h", "CAN bus error frames", "stack overflow in the comms task"]],
    ["Bring up {} driver", ["magnetometer", "sun sensor", "gyroscope", "magnetorquer", "GPS receiver"]],
    ["Tune B-dot detumble gain for {}", ["10 deg/s tumble", "30 deg/s tumble", "worst-case tip-off"]],
    ["Run HIL simulation: {}", ["nominal pointing", "eclipse entry", "sensor dropout", "magnetorquer saturation", "safe mode recovery"]],
    ["Review flight software PR #{}", ["112", "118", "124", "131", "137", "142"]],
    ["Measure OBC boot time after {}", ["cold start", "warm reset", "watchdog reset"]],
    ["Define command list for {}", ["EPS", "comms", "the payload", "ADCS", "the OBC"]],
    ["Implement {}", ["ground command authentication", "time-tagged commands", "software upload over UHF", "safe-mode entry logic", "event log rotation"]],
    ["Calibrate magnetometer for {}", ["hard-iron offsets", "soft-iron distortion", "temperature drift"]],
    ["Update Avionics ICD to v{}", ["1.1", "1.2", "2.0"]],
    ["Flash {}", ["EM OBC with release 0.9", "EM OBC with release 1.0", "FM OBC with release 1.0", "FM OBC with release 1.1", "spare OBC with release 1.1"]],
    ["Document the OBC {}", ["memory map", "boot sequence", "FDIR tree", "task priorities"]],
    ["Run 7-day soak on the {} avionics stack", ["EM", "FM"]],
    ["Add {} to the ground simulator", ["magnetic field model", "sun vector model", "eclipse model", "sensor noise"]],
  ],
  structures: [
    ["Machine {} side panel", ["+X", "-X", "+Y", "-Y", "+Z", "-Z"]],
    ["Update CAD model for {}", ["rev B rails", "antenna bracket", "camera mount", "battery box", "PCB stack spacers"]],
    ["Run FEA modal analysis on {}", ["primary structure", "solar panel hinge", "camera mount", "PCB stack"]],
    ["Check first natural frequency stays above {}", ["100 Hz", "120 Hz", "150 Hz"]],
    ["Order {}", ["6061 aluminium stock", "M2.5 titanium screws", "Delrin spacers", "hinge springs", "burn wire"]],
    ["Inspect {}", ["rails for hard anodise wear", "panel flatness", "thread inserts", "torque stripes"]],
    ["Prepare random vibration run at {} level", ["qualification", "acceptance"]],
    ["Torque-stripe {} fasteners", ["EM", "FM"]],
    ["Fit-check CubeSat in {}", ["the pod mock-up", "the dispenser", "the vibe fixture"]],
    ["Write mass budget update for {}", ["PDR", "CDR", "FRR"]],
    ["Draw deployment switch bracket v{}", ["1", "2", "3"]],
    ["Bake out {}", ["harness", "structure", "solar panels", "camera baffle"]],
    ["Measure CoG of {}", ["EM stowed", "EM deployed", "FM stowed", "FM deployed"]],
    ["Check structures drawing pack {}", ["rev A", "rev B", "rev C"]],
    ["Deploy hinge at {} °C", ["-30", "-10", "+20", "+50"]],
    ["3D-print {}", ["harness clips", "fit-check mock-up", "antenna stowage jig", "burn wire tool"]],
    ["Update Structures ICD to v{}", ["1.1", "2.0"]],
    ["Weigh {}", ["EM after integration", "EM after rework", "FM after integration", "FM after rework"]],
    ["Helicoil {}", ["bracket holes", "rail ends"]],
  ],
  thermal: [
    ["Run thermal vacuum cycle {}", n(1, 8)],
    ["Correlate thermal model with TVAC cycle {}", n(1, 4)],
    ["Update thermal model for {}", ["beta 0°", "beta 72°", "the cold case", "the hot case", "safe mode attitude"]],
    ["Size battery heater for a {} °C limit", ["-10", "-5", "0"]],
    ["Apply {}", ["Kapton tape to the +X panel", "silver Teflon to the -Y panel", "white paint to the +Z panel", "black anodise to the camera baffle", "Kapton tape to the battery box", "white paint to the antenna bracket"]],
    ["Measure emissivity of {}", ["white paint sample", "black anodise coupon", "solar cell cover glass", "PCB solder mask"]],
    ["Glue thermistors on the {}", ["battery pack", "camera", "OBC", "radio PA", "solar panels"]],
    ["Write TVAC procedure section for {}", ["pump-down", "cold soak", "hot soak", "functional checks"]],
    ["Calibrate thermistor batch {}", n(1, 3)],
    ["Check thermal limits of the {}", ["UHF radio", "camera sensor", "battery cells", "OBC MCU", "GPS receiver"]],
    ["Compute orbit-average temperatures for a {} orbit", ["400 km", "500 km", "550 km"]],
    ["Tune heater control {}", ["thresholds", "hysteresis", "duty cycle limit"]],
    ["Book chamber time for {}", ["June", "July", "September"]],
    ["Update Thermal ICD to v{}", ["1.1", "1.2", "2.0"]],
    ["Size radiator for {} dissipation", ["2 W", "4 W", "6 W"]],
    ["Post-process TVAC data for cycle {}", n(1, 4)],
    ["Inspect MLI blanket {}", ["stitching", "grounding", "vent holes"]],
    ["Plot thermistor drift for {}", ["battery", "camera", "radio"]],
  ],
  comms: [
    ["Update UHF link budget for {}", ["5° elevation", "10° elevation", "20° elevation", "9600 baud", "1200 baud"]],
    ["Tune antenna deployment burn time to {}", ["3 s", "5 s", "8 s"]],
    ["Measure UHF antenna return loss {}", ["stowed", "deployed", "in the chamber"]],
    ["Decode beacon with {}", ["SatNOGS", "GNU Radio", "a ham operator's setup"]],
    ["File {}", ["IARU coordination request", "experimental licence application", "ITU advance publication"]],
    ["Run end-to-end RF test at {} attenuation", ["10 dB", "20 dB", "30 dB"]],
    ["Implement {}", ["AX.25 framing", "Reed-Solomon FEC", "CCSDS packetisation", "convolutional coding"]],
    ["Fix {}", ["transceiver lock-up after TX", "wrong callsign in beacon", "PA overheating at 2 W", "frequency offset when cold"]],
    ["Measure TX power at {} setting", ["0.5 W", "1 W", "2 W"]],
    ["Characterise receiver sensitivity at {} dBm", ["-110", "-115", "-120"]],
    ["Write comms section of the {}", ["PDR package", "CDR package", "FRR package"]],
    ["Update Comms ICD to v{}", ["1.1", "1.2", "2.0"]],
    ["Order {}", ["SMA cables", "UHF LNA", "bias tee", "attenuator set", "RF shielding cans"]],
    ["Simulate Doppler shift for a {} pass", ["400 km", "500 km", "550 km"]],
    ["Integrate S-band transmitter {}", ["EM", "FM"]],
    ["Measure S-band EIRP at {}", ["2.2 GHz", "2.25 GHz"]],
    ["Check UHF antenna pattern with {}", ["the VNA", "the anechoic chamber", "a field measurement"]],
    ["Track a practice pass with {}", ["the roof antenna", "the portable Yagi", "the partner station"]],
    ["Verify RF inhibit {}", ["timer", "switch chain", "30-minute wait"]],
    ["Read transceiver datasheet section on {}", ["errata", "thermal limits", "power modes"]],
  ],
  payload: [
    ["Select camera lens for {} GSD", ["10 m", "20 m", "40 m"]],
    ["Calibrate camera {}", ["dark frames", "flat field", "colour response", "geometric distortion"]],
    ["Capture sample images of {}", ["the campus roof", "the Moon", "a star field", "the calibration target", "clouds from the balloon flight"]],
    ["Implement {} on the payload MCU", ["JPEG compression", "CCSDS 122 compression", "PNG thumbnails"]],
    ["Measure payload power in {} mode", ["idle", "capture", "compress", "stream"]],
    ["Write payload command handler for {}", ["capture", "configure", "download", "delete"]],
    ["Run image pipeline on {}", ["sample set A", "sample set B", "night scenes"]],
    ["Focus camera at {} °C", ["-20", "0", "+25", "+40"]],
    ["Model camera baffle {}", ["v1", "v2"]],
    ["Fix {}", ["payload timeouts on I2C", "corrupted image headers", "exposure auto-gain bug", "SD card write errors"]],
    ["Define payload data product {}", ["L0", "L1", "thumbnail"]],
    ["Estimate downlink volume for {} per day", ["1 image", "5 images", "10 images"]],
    ["Update Payload ICD to v{}", ["1.1", "1.2", "2.0"]],
    ["Go through payload requirements {}", ["PL-01 to PL-10", "PL-11 to PL-20", "PL-21 to PL-30"]],
    ["Shake camera mount at {} level", ["qualification", "acceptance"]],
    ["Check radiation tolerance of the {}", ["image sensor", "SD card", "payload FPGA"]],
    ["Write payload operations {}", ["handbook", "checklist", "contingency plan"]],
    ["Order {}", ["spare image sensor", "lens set", "IR cut filter", "camera board rev B"]],
    ["Tune exposure for {}", ["sunlit ocean", "desert scenes", "snow and ice", "city lights"]],
    ["Geolocate images using {}", ["TLE only", "GPS fix", "attitude telemetry"]],
  ],
  ops: [
    ["Set up {}", ["rotator controller", "SDR receiver", "UHF Yagi", "LNA mast mount", "station PC"]],
    ["Write pass prediction script for {}", ["SGP4 propagation", "automatic TLE updates", "multiple stations"]],
    ["Run mission rehearsal {}", n(1, 5)],
    ["Draft LEOP timeline for {}", ["the first 24 hours", "the first week", "commissioning"]],
    ["Schedule operator shifts for {}", ["LEOP", "the first month", "summer break"]],
    ["Write contingency procedure for {}", ["no beacon heard", "safe mode", "low battery", "tumbling"]],
    ["Try telemetry dashboard with {}", ["EM data", "simulated passes", "SatNOGS frames"]],
    ["Configure {}", ["SatNOGS station", "Grafana dashboard", "telemetry database", "alerting bot"]],
    ["Train operators on {}", ["commanding", "pass planning", "anomaly reporting"]],
    ["Go through flight rules {}", ["FR-01 to FR-10", "FR-11 to FR-20"]],
    ["Update ground station ICD to v{}", ["1.1", "2.0"]],
    ["Calibrate rotator {}", ["azimuth", "elevation", "backlash"]],
    ["Agree with launch provider on {}", ["separation timeline", "deploy switch checks", "first contact window"]],
    ["Back up pass data from week {}", n(1, 4)],
    ["Plan commissioning day {}", n(1, 4)],
    ["Write operations manual chapter {}", n(1, 5)],
    ["Measure station noise floor {}", ["at night", "during the day", "with the LNA", "without the LNA"]],
    ["Fix {}", ["rotator overshoot", "Doppler correction sign", "decoder crash on a bad frame", "wrong UTC offset in the planner"]],
    ["Replace {}", ["coax run to the roof", "mast clamps"]],
  ],
};

/** Every distinct task title of a subsystem, in template order. */
export function taskTitles(sub: SubKey): string[] {
  return FAMILIES[sub].flatMap(([template, variants]) => variants.map((v) => template.replace("{}", v)));
}

/** One line of context per subsystem, used in task bodies. */
export const TASK_CONTEXT: Record<SubKey, readonly string[]> = {
  power: ["The EPS margin at end of life is only 11%, so every milliwatt counts.", "Use the bench supply in lab 2; the old one drifts above 8 V.", "Numbers feed straight into the power budget spreadsheet.", "The battery pack must stay between 0 and 45 °C during the whole test.", "Log everything with the EPS GSE script so the plots match the last run."],
  avionics: ["Build from the main branch and tag the commit in the test log.", "The EM stack on bench 3 is the reference setup; do not reflash the FM for this.", "Watch the watchdog counter in the housekeeping packet while this runs.", "Add the result to the FDIR spreadsheet once it is confirmed.", "HIL rig needs booking in the shared calendar."],
  structures: ["Use the torque values from the fastener specification, not the drawing notes.", "The CAD master lives in the PDM vault; check out before editing.", "Photos of every step go into the integration log.", "The shaker is shared with the civil department, so slots are tight.", "Mass must stay under the 4.00 kg limit with 5% margin."],
  thermal: ["The chamber needs 36 hours of notice for liquid nitrogen.", "Keep the thermistor map in sync with the model node numbers.", "Compare against the hot and cold case predictions from the model.", "Use the calibrated thermocouples only; the spares have not been checked.", "Report results in °C with the uncertainty band."],
  comms: ["Keep the transmitter into a dummy load unless the antenna is deployed.", "Record every measurement with the VNA calibration date.", "Frequencies must match the coordination letter exactly.", "The spectrum analyser in the RF lab is booked Thursdays.", "Write results into the link budget sheet, tab 'measured'."],
  payload: ["Use the calibration target in the optics lab, not the printed one.", "Images go into the payload data share with the run number in the name.", "Keep the lens cap on whenever the camera is off the bench.", "Exposure settings must be logged for every frame.", "The FPGA bitstream for this is tagged payload-0.7."],
  ops: ["Use UTC everywhere, including the file names.", "The station PC reboots every night at 03:00, plan around it.", "Check the latest TLE from the tracking service before starting.", "Operators sign the shift log at the start and end.", "Results go into the ops wiki page for the station."],
};

export const TASK_NOTES: readonly string[] = [
  "Blocked on parts from the supplier; the ETA is two weeks.",
  "Half done; the remaining part needs the lab on a weekday.",
  "Results look reasonable so far, still need a second run to confirm.",
  "Ask in the channel before changing anything on the flight unit.",
  "This was discussed at the last subsystem sync, see the notes there.",
  "Keep the raw data; we will need it for the verification matrix.",
  "If this slips, the integration date slips with it.",
  "A rough version is fine for now; the review version comes later.",
  "Needs sign-off from the subsystem lead before it is marked done.",
  "The previous attempt failed because the fixture was loose.",
];

export const TASK_STEPS: Record<SubKey, readonly string[]> = {
  power: ["Charge the pack to 8.2 V", "Set up the electronic load", "Log voltage and current at 1 Hz", "Export the data to CSV", "Update the budget sheet", "Check connector torque", "Photograph the setup"],
  avionics: ["Pull the latest main branch", "Build with the flight configuration", "Flash the EM stack", "Run the regression suite", "Attach the logs to the PR", "Update the changelog", "Tag the commit"],
  structures: ["Print the drawing", "Check the material certificate", "Clean the parts with IPA", "Torque to specification", "Apply the torque stripe", "Weigh and record", "Photograph the assembly"],
  thermal: ["Book the chamber", "Place the thermocouples", "Check the vacuum gauge", "Run the profile", "Download the logger data", "Compare with the model", "Write up the deviations"],
  comms: ["Calibrate the VNA", "Connect the dummy load", "Check the callsign in the beacon", "Record the spectrum", "Measure the output power", "Save the screenshots", "Update the link budget"],
  payload: ["Mount the camera on the optical bench", "Take dark frames", "Capture the target", "Copy images to the share", "Run the pipeline script", "Check the histograms", "Write the summary"],
  ops: ["Check the TLE age", "Start the rotator software", "Verify the SDR gain", "Record the pass", "Decode the frames", "Upload to the dashboard", "Fill in the pass log"],
};

/** Mention sentences; `{}` is replaced by `@Full Name` (never followed by a capitalised word). */
export const MENTION_SENTENCES: readonly string[] = [
  "Pair with {} on this.",
  "{} has the test rig booked this week.",
  "Check the numbers with {} before closing.",
  "cc {}",
  "Ask {} for the latest data.",
  "{} reviewed the first version.",
];

export const DATE_SENTENCES: readonly string[] = [
  "Revisit on {}.",
  "Started {}.",
  "Needs to be ready for the review on {}.",
  "Last update {}.",
];

// ---------------------------------------------------------------------------------------------
// Old Tasks (2024, in the Archive)

const OLD_VERBS = ["Prototype", "Breadboard", "Research", "Compare", "Sketch", "Price out"] as const;
const OLD_OBJECTS = [
  "EPS architecture", "battery chemistry options", "solar cell suppliers", "OBC candidates", "RTOS options",
  "ADCS sensor suite", "rail geometry", "deployable panel concept", "hinge release", "coating options",
  "heater layout", "chamber fixture", "UHF radios", "antenna concepts", "beacon format",
  "camera sensors", "lens options", "image formats", "ground station sites", "rotator options",
  "SDR options", "pass planner", "telemetry database", "operator roles", "launch brokers",
  "dispenser options", "outreach website", "sponsor pack", "lab layout", "tool inventory",
] as const;

/** The 180 distinct titles of the archived 2024 task database. */
export function oldTaskTitles(): string[] {
  return OLD_VERBS.flatMap((verb) => OLD_OBJECTS.map((object) => `${verb} ${object}`));
}
