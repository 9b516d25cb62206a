/**
 * Module catalogue seed data.
 *
 * 69 learning modules across the seven CubeSat subsystems
 * (avionics 10, mission_ops 9, structures 10, power 10, thermal 10,
 * communications 10, payload 10).
 *
 * Ordering rule: every prerequisite slug refers to a module that appears
 * EARLIER in MODULE_CATALOG, so the prerequisite graph is a DAG and the
 * array can be inserted in order.
 */
import type { Subsystem, Difficulty } from "../../app/lib/domain/vocabulary";

export interface CatalogSection {
  title: string;
  /** 80–250 words of teaching content in Markdown (no HTML). */
  bodyMarkdown: string;
  /** True for a section that ends in a knowledge check. */
  isCheckpoint: boolean;
}

export interface CatalogModule {
  /** Kebab-case, unique, prefixed by a short subsystem tag. */
  slug: string;
  title: string;
  subsystem: Subsystem;
  /** One or two sentences. */
  summary: string;
  difficulty: Difficulty;
  /** 15–120 minutes. */
  estimatedMinutes: number;
  /** 1 to 4 sections; at least one has isCheckpoint: true. */
  sections: CatalogSection[];
  /** Slugs of earlier entries only; required: false means "recommended". */
  prerequisites: { slug: string; required: boolean }[];
}

export const MODULE_CATALOG: readonly CatalogModule[] = [
  // ───────────────────────────── AVIONICS ─────────────────────────────
  {
    slug: "av-obc-architecture",
    title: "On-Board Computer Architecture",
    subsystem: "avionics",
    summary:
      "What the on-board computer does, what it is built from, and how CubeSat teams choose between centralised and distributed avionics architectures.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "What the On-Board Computer Does",
        isCheckpoint: false,
        bodyMarkdown: `The **on-board computer (OBC)** is the central processor of the spacecraft. It runs the flight software that schedules tasks, receives and executes commands, collects housekeeping telemetry from every subsystem, stores data until the next ground pass and decides which operating mode the satellite is in.

Most CubeSat OBCs are built around a microcontroller such as an ARM Cortex-M device (for example STM32 or SAMV71 families); some missions use an application processor or an FPGA system-on-chip (such as a Zynq) when the payload needs heavy processing.

A typical OBC board contains:

- the **processor** and its clock source
- **volatile memory** (SRAM or SDRAM) for running code and buffers
- **non-volatile memory** (NOR/NAND flash, often MRAM or FRAM for radiation-tolerant configuration storage)
- a **real-time clock** and an external **watchdog**
- **interfaces**: I2C, SPI, UART, CAN and GPIO lines routed to the stack connector (often the PC/104-style header)

The OBC usually draws only a few hundred milliwatts, but because every other subsystem depends on it, its reliability sets the reliability of the whole mission.`,
      },
      {
        title: "Centralised vs Distributed Architectures",
        isCheckpoint: true,
        bodyMarkdown: `Two broad architectures are used on CubeSats.

In a **centralised** architecture one OBC does almost everything: it reads sensors directly, drives actuators and runs the attitude control loop. Peripherals are simple. In a **distributed** architecture each subsystem (EPS, ADCS, radio, payload) has its own microcontroller and the OBC acts as a coordinator that exchanges messages over a shared bus.

| Aspect | Centralised | Distributed |
|---|---|---|
| Hardware count | Low | Higher |
| Software complexity | All in one image | Spread over several images |
| Fault containment | A crash affects everything | Subsystems keep running if the OBC resets |
| Integration | Tight coupling, harder to test in parts | Subsystems can be tested independently |
| Power | Lower | Each MCU adds a small load |

Most modern CubeSats are partly distributed, because commercial subsystems arrive with their own processors.

Redundancy is a second design axis. A **cold spare** OBC is unpowered until the primary fails; a **hot spare** runs in parallel and can take over quickly but costs power. Many university teams fly a single OBC and rely instead on watchdogs, safe modes and careful software to survive faults.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "av-data-buses",
    title: "Data Buses: I2C, SPI and CAN",
    subsystem: "avionics",
    summary:
      "How the three most common CubeSat data buses work electrically and logically, and which one to pick for each job.",
    difficulty: "easy",
    estimatedMinutes: 45,
    sections: [
      {
        title: "I2C: Two Wires, Many Devices",
        isCheckpoint: false,
        bodyMarkdown: `**I2C** uses two open-drain lines, **SDA** (data) and **SCL** (clock), each pulled up to the supply by a resistor. Devices only ever pull a line low, so several devices can share the bus safely.

Key properties:

- **Addressing:** each target has a 7-bit address (10-bit addressing exists but is rare). The controller sends the address, then a read/write bit.
- **Acknowledgement:** after every byte the receiver pulls SDA low (ACK). A missing ACK (NACK) tells the controller that the device is absent or busy.
- **Speed:** 100 kHz (standard mode) and 400 kHz (fast mode) are typical on CubeSats.
- **Capacitance limit:** the specification allows up to 400 pF of bus capacitance, which limits cable length and the number of devices.

I2C is the traditional housekeeping bus on CubeSat stacks because it needs only two pins. Its weakness is that one misbehaving device can hold SDA low and **lock the whole bus**. Flight software must detect this and recover, typically by toggling SCL up to nine times to let the stuck device finish its byte, then issuing a STOP condition, or by power-cycling the offending subsystem.`,
      },
      {
        title: "SPI: Fast and Simple",
        isCheckpoint: false,
        bodyMarkdown: `**SPI** is a synchronous, full-duplex bus with four signals:

- **SCLK** – clock driven by the controller
- **MOSI** (or COPI) – controller to peripheral data
- **MISO** (or CIPO) – peripheral to controller data
- **CS** – a separate chip-select line for each peripheral, active low

There is no addressing and no acknowledgement: the controller simply asserts the chip select of the device it wants and clocks bits in and out simultaneously. This makes SPI fast (clock rates of 10–50 MHz are common) and easy to implement, which is why flash memories, ADCs, radio transceivers and image sensors often use it.

The clock polarity (**CPOL**) and phase (**CPHA**) define four SPI modes (0–3). Controller and peripheral must agree on the mode; a mismatch produces data shifted by one bit, a classic integration bug.

Drawbacks: each extra device needs another CS pin, there is no built-in error detection (add a CRC at the protocol level for important data) and SPI is meant for short on-board distances, not long harnesses between boards.`,
      },
      {
        title: "CAN: Robust Multi-Master Networking",
        isCheckpoint: true,
        bodyMarkdown: `**CAN (Controller Area Network)** was designed for cars and has become popular on larger CubeSats. It uses a **differential pair** (CAN_H and CAN_L) terminated by a **120 Ω resistor at each end** of the bus, which gives good noise immunity over longer harnesses.

Any node may transmit. When two start at once, **bitwise arbitration** on the identifier decides: a dominant 0 overwrites a recessive 1, so the frame with the **lowest identifier wins** and the loser retries automatically without corrupting data. Every frame carries a **15-bit CRC**, and nodes track error counters: a node that keeps producing errors becomes *error-passive* and finally *bus-off*, so a faulty node removes itself instead of jamming the network.

Classic CAN carries up to 8 data bytes per frame at up to 1 Mbit/s; **CAN FD** allows 64 bytes and a faster data phase.

| Bus | Wires | Typical speed | Error detection | Best use |
|---|---|---|---|---|
| I2C | 2 | 100–400 kbit/s | ACK only | Low-rate housekeeping sensors |
| SPI | 3 + 1 CS per device | 10–50 Mbit/s | None built in | Memories, ADCs, high-rate on-board links |
| CAN | 2 (differential) | up to 1 Mbit/s | CRC, error counters | Subsystem-to-subsystem messaging |`,
      },
    ],
    prerequisites: [{ slug: "av-obc-architecture", required: true }],
  },
  {
    slug: "av-command-data-handling",
    title: "Command and Data Handling",
    subsystem: "avionics",
    summary:
      "How a CubeSat receives, validates and executes commands, and how it collects, packages and stores telemetry for downlink.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "The C&DH Function",
        isCheckpoint: false,
        bodyMarkdown: `**Command and Data Handling (C&DH)** is the set of functions, usually hosted on the OBC, that connects the spacecraft to its operators. It has two directions:

1. **Uplink:** receive command frames from the radio, decode them, check that they are valid and authorised, then execute them immediately or store them for later.
2. **Downlink:** sample housekeeping parameters from every subsystem, timestamp them, pack them into telemetry packets, store them and hand them to the radio when a ground station is in view.

C&DH also owns the **onboard time reference**, because both commands (time-tagged execution) and telemetry (timestamps) depend on it, and it manages **mass memory**, the storage where telemetry and payload data wait for the next pass.

A clear C&DH design gives every subsystem the same way of being commanded and monitored. Teams usually define a command dictionary and a telemetry dictionary early in the project; these two documents become the contract between flight software, ground software and operators.`,
      },
      {
        title: "Commands: Immediate, Time-Tagged and Stored",
        isCheckpoint: false,
        bodyMarkdown: `A command travels through a fixed chain before anything happens on board:

1. **Frame decoding** – the radio delivers a frame; the software checks its **CRC** and discards corrupted frames.
2. **Authentication** – a message authentication code (for example an HMAC with a shared secret and a counter) proves that the command came from your ground station and is not a replay.
3. **Validation** – is the opcode known, are the arguments in range, is the command allowed in the current mode?
4. **Execution or storage** – **immediate** commands run at once; **time-tagged** commands go into a schedule and run at a given onboard time; **stored sequences** (scripts) run a list of commands.
5. **Acknowledgement** – counters of accepted and rejected commands, plus the last error code, appear in telemetry so operators can confirm the result.

Hazardous actions, such as firing a burn wire or erasing memory, should use an **arm-then-fire** pair of commands, so a single corrupted or mistaken command cannot trigger them.`,
      },
      {
        title: "Telemetry and Onboard Storage",
        isCheckpoint: true,
        bodyMarkdown: `Housekeeping telemetry covers voltages, currents, temperatures, mode flags, counters and error codes. Each parameter has a **sampling rate** chosen for its dynamics: battery voltage every few seconds, slowly drifting temperatures every minute.

Parameters are grouped into **packets** with a header containing an identifier (for example a CCSDS APID), a sequence counter to detect gaps, and a timestamp. Two flows are common:

- **Real-time telemetry** sent directly during a pass, plus a short periodic **beacon** that anyone can receive.
- **Stored telemetry** written to flash, usually as a **ring buffer** that overwrites the oldest data when full, and downlinked on request.

Always size the storage and the downlink together. Example: 200 parameters × 16 bits sampled every 10 s gives

- 3,200 bits per sample set, so 320 bit/s
- 320 bit/s × 86,400 s ≈ 27.6 Mbit ≈ 3.5 MB per day

At 9.6 kbit/s on a UHF link that is roughly 48 minutes of pure transmission per day, more than a single ground station usually provides, so teams reduce rates, compress or downlink only summaries.`,
      },
    ],
    prerequisites: [
      { slug: "av-obc-architecture", required: true },
      { slug: "av-data-buses", required: true },
    ],
  },
  {
    slug: "av-flight-software-modes",
    title: "Flight Software Modes and State Machines",
    subsystem: "avionics",
    summary:
      "Designing the spacecraft's operating modes as a finite state machine with safe, testable transitions.",
    difficulty: "medium",
    estimatedMinutes: 50,
    sections: [
      {
        title: "Why Flight Software Uses State Machines",
        isCheckpoint: false,
        bodyMarkdown: `Spacecraft behaviour is organised into **modes**: what is powered, which tasks run and which commands are allowed. A **finite state machine (FSM)** is the natural way to implement this.

An FSM consists of:

- **States** – for example SAFE, NOMINAL, SCIENCE
- **Transitions** – allowed moves between states
- **Events** that trigger transitions – a command, a timer expiry, a telemetry threshold
- **Guards** – conditions that must hold for a transition, such as battery voltage above a limit
- **Entry and exit actions** – what to switch on or off when entering or leaving a state

The advantage of an explicit FSM over scattered if-statements is **determinism**: for any combination of current state and event there is exactly one defined outcome. That makes the software reviewable (you can draw the diagram and discuss it with the whole team) and testable (every transition can be exercised on a flatsat). Undefined combinations should be rejected and logged, never silently ignored.`,
      },
      {
        title: "Typical CubeSat Operating Modes",
        isCheckpoint: false,
        bodyMarkdown: `A common CubeSat mode set looks like this:

| Mode | Purpose | Typical exit condition |
|---|---|---|
| OFF / LAUNCH | Held off by deployment switches inside the dispenser | Ejection releases the switches |
| INITIAL WAIT | Mandatory quiet period after ejection | Timers expire (the CubeSat Design Specification calls for at least 30 min before deployables and 45 min before RF transmission) |
| DETUMBLE | Magnetorquers reduce the rotation rate | Body rates below a threshold |
| SAFE | Minimum loads, beacon only, power-positive | Ground command after checkout |
| NOMINAL | Housekeeping, attitude control, ground contacts | Command or fault |
| SCIENCE | Payload operating | Schedule ends, or low battery |

Transitions into SAFE must be possible from **every** mode and must work autonomously, because most faults happen when no ground station is in view. Transitions out of SAFE are usually by ground command only, so that operators can understand what happened before the spacecraft resumes risky activities.`,
      },
      {
        title: "Implementing Modes Robustly",
        isCheckpoint: true,
        bodyMarkdown: `Good practices for mode management in flight software:

- **Table-driven transitions.** Store the allowed transitions in a table (current state, event, guard, next state, action). The table is easy to review and to generate tests from.
- **One owner.** A single mode-manager task decides the mode; other tasks request changes but never switch modes themselves.
- **Persist the mode.** Write the current mode and the reason for the last transition to non-volatile memory, and decide deliberately what to do after a reset. Most teams boot into SAFE or return to the last mode only if no fault was recorded.
- **Hysteresis.** Use different thresholds for entering and leaving a state. If a 2S Li-ion battery triggers SAFE below 6.8 V, allow the return only above 7.4 V; otherwise noise makes the spacecraft oscillate between modes (chattering).
- **Timeouts.** Every mode that waits for something (detumbling, deployment) needs a timeout with a defined fallback.
- **Log every transition** with time, old state, new state and cause, so operators can reconstruct events after a pass gap.`,
      },
    ],
    prerequisites: [{ slug: "av-command-data-handling", required: true }],
  },
  {
    slug: "av-watchdogs-resets",
    title: "Watchdogs and Reset Strategy",
    subsystem: "avionics",
    summary:
      "How hardware and software watchdogs recover a hung computer, and how to avoid reset loops.",
    difficulty: "medium",
    estimatedMinutes: 20,
    sections: [
      {
        title: "Watchdog Timers in Practice",
        isCheckpoint: true,
        bodyMarkdown: `A **watchdog timer** is a counter that resets the processor if software fails to "kick" (refresh) it within a set period. It is the last line of defence against software hangs and radiation-induced upsets that no one can fix from the ground.

Types of watchdog used on CubeSats:

- **Internal watchdog** inside the microcontroller – always available, but it shares the chip's clock and fate.
- **External watchdog** IC – independent of the processor; it can also power-cycle the OBC, which clears latched states an internal reset cannot.
- **Windowed watchdog** – a kick that comes *too early* also triggers a reset, catching software stuck in a tight loop that keeps kicking.
- **Ground (communications) watchdog** – resets the radio or the whole satellite if no valid command has been received for, say, 24–72 hours, protecting against a receiver stuck in a bad configuration.

Design rules:

1. Kick the watchdog only from the main health-monitoring task, after checking that all critical tasks have reported in. Never kick it from a timer interrupt, which keeps running when tasks are deadlocked.
2. Record the **reset cause** and increment a **boot counter** in non-volatile memory.
3. If several resets occur within a short time, boot into a minimal safe configuration to break a **reset loop**.`,
      },
    ],
    prerequisites: [{ slug: "av-obc-architecture", required: true }],
  },
  {
    slug: "av-timekeeping",
    title: "Onboard Timekeeping and Time Synchronisation",
    subsystem: "avionics",
    summary:
      "Keeping accurate onboard time: clock drift, time formats, leap seconds and synchronisation with the ground or GNSS.",
    difficulty: "medium",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Clocks, Drift and Time Formats",
        isCheckpoint: true,
        bodyMarkdown: `Time-tagged commands, telemetry timestamps, attitude control and payload geolocation all depend on onboard time.

**Drift.** Onboard time normally comes from a real-time clock driven by a crystal. A typical crystal has a frequency error of about ±20 ppm, which accumulates to

- 20 × 10⁻⁶ × 86,400 s ≈ **1.7 s per day**

and changes with temperature. Over a week without correction the clock may be off by more than 10 s, enough to mistime an image of a specific target.

**Formats.** A simple choice is a count of seconds (plus sub-seconds) since an agreed epoch, for example the CCSDS Unsegmented Time Code (CUC) or a GPS-based count. Avoid calendar formats on board: they complicate arithmetic. Remember that **GPS time is ahead of UTC by 18 s** (since 2017) because UTC includes leap seconds; convert on the ground, not on board.

**Synchronisation options:**

- **Ground time update:** uplink the current time, compensating for the known transmission and processing latency; typical accuracy is tens of milliseconds.
- **GNSS receiver:** provides time with a pulse-per-second (PPS) signal accurate to about a microsecond.
- **Drift estimation:** compare onboard and ground time over several passes and apply a rate correction.

Always downlink both the onboard time and the last synchronisation time in housekeeping telemetry.`,
      },
    ],
    prerequisites: [{ slug: "av-command-data-handling", required: true }],
  },
  {
    slug: "av-radiation-effects",
    title: "Radiation Effects: TID, SEU and Latch-up",
    subsystem: "avionics",
    summary:
      "The low Earth orbit radiation environment and how it damages or disturbs electronics, from cumulative dose to single-event effects.",
    difficulty: "hard",
    estimatedMinutes: 40,
    sections: [
      {
        title: "The LEO Radiation Environment",
        isCheckpoint: false,
        bodyMarkdown: `Even in low Earth orbit, electronics are exposed to energetic particles from three sources:

- **Trapped particles** in the Van Allen belts: protons (tens to hundreds of MeV) and electrons. In LEO the inner proton belt dips to low altitudes over the **South Atlantic Anomaly (SAA)**, where most upsets on low-inclination satellites occur.
- **Galactic cosmic rays:** rare but extremely energetic heavy ions, more intense at high inclinations where Earth's magnetic field shields less.
- **Solar particle events:** bursts of protons during solar storms, lasting hours to days.

Dose depends strongly on altitude, inclination and shielding. Behind typical CubeSat walls (about 1–2 mm of aluminium), a few-hundred-kilometre LEO mission accumulates a total ionising dose of the order of a few krad(Si) per year or less; commercial parts often tolerate 10–30 krad(Si) before degrading, but individual parts vary widely.

Tools such as ESA's SPENVIS or OMERE compute the expected dose and particle fluxes for your orbit, and are the starting point for a radiation analysis.`,
      },
      {
        title: "Effects on Electronics and Their Mitigation",
        isCheckpoint: true,
        bodyMarkdown: `| Effect | Mechanism | Consequence | Typical mitigation |
|---|---|---|---|
| **TID** (total ionising dose) | Charge trapped in oxides accumulates | Threshold shifts, rising leakage current, eventual failure | Part selection, shielding, margins |
| **DD** (displacement damage) | Atoms knocked out of the lattice | Degrades solar cells and optoelectronics | Cover glass, derating |
| **SEU** (single-event upset) | One particle flips a memory bit | Corrupted data or code (soft error) | EDAC, scrubbing, TMR |
| **MBU** | One particle flips several bits | Can defeat simple single-bit correction | Interleaving, stronger codes |
| **SEFI** | Upset in control logic | Device stops responding | Reset or power cycle |
| **SEL** (single-event latch-up) | Parasitic thyristor turns on | High current; device destroyed unless power is removed quickly | Current-limited supplies that power-cycle within milliseconds |
| **SEB / SEGR** | Burnout or gate rupture | Destructive failure of power MOSFETs | Voltage derating |

Mitigation is layered: choose parts with known radiation data, protect memories with error-correcting codes, put latch-up-sensitive devices behind fast current limiters, and design software that expects occasional resets and corrupted values.`,
      },
    ],
    prerequisites: [{ slug: "av-obc-architecture", required: true }],
  },
  {
    slug: "av-edac-memory-protection",
    title: "EDAC and Memory Protection",
    subsystem: "avionics",
    summary:
      "Error detection and correction codes, memory scrubbing and redundant storage that keep software and data intact in orbit.",
    difficulty: "hard",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Error Detection and Correction Codes",
        isCheckpoint: false,
        bodyMarkdown: `**EDAC (error detection and correction)** adds redundant bits to stored data so that bit flips can be detected and, in many cases, corrected.

- **Parity** – one extra bit per word; detects any single-bit error but cannot correct it.
- **Hamming SEC-DED** – *single error correction, double error detection*. A common layout protects 64 data bits with 8 check bits (a (72,64) code). Many radiation-tolerant processors and memory controllers implement this in hardware.
- **Reed–Solomon** – works on symbols rather than bits, so it corrects bursts of errors; used for flash storage and in communication links.
- **CRC** – detects errors with very high probability but does not correct them; ideal for verifying files, images and packets.

Correction only works if errors do not accumulate. If a second upset hits a word that already contains an uncorrected error, SEC-DED can no longer fix it. **Scrubbing** prevents this: a background task periodically reads every memory word, lets the EDAC logic correct it and writes the corrected value back. The scrub period is chosen so that the probability of two upsets in the same word between scrubs is negligible.`,
      },
      {
        title: "Protecting Software and Critical Data",
        isCheckpoint: true,
        bodyMarkdown: `EDAC protects memory words; the software itself needs protection too.

**Redundant boot images.** Store two or three copies of the flight software in non-volatile memory, each with a CRC. The bootloader checks the CRC and boots the first valid image, falling back to a **golden image** that is never overwritten in orbit. Software updates are written to a spare slot and only marked bootable after verification.

**Triple modular redundancy (TMR).** Keep three copies of critical variables (mode, deployment flags, boot counters) and use majority voting when reading them: if one copy differs, it is corrected from the other two. FPGAs apply the same idea to logic, often combined with **configuration scrubbing**, which rewrites the configuration memory to remove upsets.

**Choose the right memory.** MRAM and FRAM are far less sensitive to upsets than flash or SRAM, which makes them good choices for configuration data and logs.

**Defensive software.** Range-check values read from memory, verify table checksums before use, and count corrected errors in telemetry. A rising correction count often shows up before a real failure, or while the spacecraft crosses the South Atlantic Anomaly.`,
      },
    ],
    prerequisites: [
      { slug: "av-radiation-effects", required: true },
      { slug: "av-watchdogs-resets", required: false },
    ],
  },
  {
    slug: "av-flight-software-testing",
    title: "Flight Software Testing",
    subsystem: "avionics",
    summary:
      "Test levels, tools and campaigns, from unit tests on a laptop to multi-day flatsat runs, that build confidence in flight software.",
    difficulty: "hard",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Test Levels for Flight Software",
        isCheckpoint: false,
        bodyMarkdown: `Flight software is tested at several levels, each catching different bugs:

1. **Static analysis** – compiler warnings treated as errors, tools such as cppcheck or clang-tidy, and a coding standard (often a subset of MISRA C) catch undefined behaviour before anything runs.
2. **Unit tests** – individual modules are tested on the development computer with frameworks such as Unity/Ceedling or GoogleTest. Hardware access sits behind a thin driver layer that can be replaced by mocks.
3. **Software-in-the-loop (SIL)** – the complete flight software runs on a PC against simulated sensors, actuators and orbit.
4. **Hardware-in-the-loop (HIL)** – the software runs on the real OBC, while a simulator feeds sensor data and records actuator commands.
5. **System tests** – the integrated satellite or flatsat executes operational scenarios.

Measure **code coverage** in unit tests, but remember that 100 % line coverage does not mean correct behaviour. Run every test automatically on each change with **continuous integration**, so regressions are found within minutes of being introduced rather than weeks before launch.`,
      },
      {
        title: "Flatsat and Day-in-the-Life Testing",
        isCheckpoint: true,
        bodyMarkdown: `A **flatsat** is a bench setup of engineering-model boards connected with the flight harness design, laid out so probes and debuggers can reach everything. It is the main platform for integration testing and remains useful after launch for reproducing anomalies.

Key campaigns:

- **Day-in-the-life (DITL) test:** run the full flight software for 24–72 hours with a realistic orbit profile: eclipses, simulated ground passes, scheduled payload operations. Long runs expose memory leaks, counter overflows, storage wrap-around and timing drift that short tests never reveal.
- **Fault injection:** deliberately cut power to a subsystem, corrupt a memory region, hold the I2C bus low or send malformed commands, then check that FDIR reacts as designed.
- **Operations rehearsal:** let the operations team command the flatsat through the real ground software and radio, using the actual procedures.
- **Regression testing:** rerun the test suite after every software change, especially just before launch when pressure is highest.

The principle is **"test as you fly, fly as you test"**: the software version, configuration tables and command sequences loaded for flight should be exactly those that passed the final tests.`,
      },
    ],
    prerequisites: [
      { slug: "av-flight-software-modes", required: true },
      { slug: "av-data-buses", required: false },
    ],
  },
  {
    slug: "av-fdir",
    title: "Fault Detection, Isolation and Recovery",
    subsystem: "avionics",
    summary:
      "Designing an autonomous FDIR system that detects faults, isolates their cause and recovers the spacecraft without making things worse.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "FDIR Concepts",
        isCheckpoint: false,
        bodyMarkdown: `**FDIR (Fault Detection, Isolation and Recovery)** is the onboard capability to notice that something is wrong, work out where, and restore a safe or operational state without waiting for the ground.

Three terms are worth separating:

- A **fault** is the underlying defect or event (a radiation upset, a stuck sensor).
- An **error** is the incorrect internal state it causes (a wrong value in memory).
- A **failure** is when the system no longer delivers its service (no telemetry, battery drained).

FDIR aims to stop faults before they become failures.

FDIR is organised in a **hierarchy**. Faults are handled at the lowest level that can deal with them: a driver retries a bus transaction, a subsystem resets a peripheral, the system manager switches to SAFE mode, and finally the **ground** acts as the highest level, with time to think and analyse.

CubeSats spend most of their time out of contact. A fault that occurs just after a pass may go unnoticed for hours, so autonomous FDIR is what keeps the spacecraft alive and power-positive in the meantime.`,
      },
      {
        title: "Detection Techniques",
        isCheckpoint: false,
        bodyMarkdown: `Common detection methods:

- **Limit checks:** a parameter outside its allowed range, such as battery voltage below 6.6 V or OBC temperature above 70 °C.
- **Persistence filters:** require the violation for N consecutive samples (for example 3 out of 3) before declaring a fault, so a single noisy reading does not trigger recovery.
- **Rate checks:** a value changing faster than physically possible, often a sensor fault rather than a real event.
- **Consistency checks:** compare redundant or related measurements, such as two temperature sensors on the same panel, or solar current against the sun-sensor readings.
- **Heartbeats and timeouts:** each task or subsystem must report within a time window; silence means a hang.
- **Integrity checks:** CRCs on memory images, configuration tables and received data.
- **Watchdogs:** the hardware backstop for detection failures in software itself.

Each monitor should have a clear definition: the parameter, the threshold, the persistence, whether it is enabled, and which recovery it triggers. Keeping thresholds in a table that can be updated from the ground is very valuable once the real in-orbit behaviour is known.`,
      },
      {
        title: "Recovery Actions and Escalation",
        isCheckpoint: false,
        bodyMarkdown: `Recovery actions are ordered from least to most disruptive:

| Level | Scope | Example action |
|---|---|---|
| 0 | Function | Retry the transaction, use the last valid value |
| 1 | Unit | Reset or reinitialise a peripheral, clear a stuck I2C bus |
| 2 | Subsystem | Power-cycle the subsystem through its EPS switch |
| 3 | System | Switch the spacecraft to SAFE mode, shed non-essential loads |
| 4 | Computer | Reboot the OBC, possibly from a backup image |

**Escalation counters** move the response up a level when a lower-level action does not clear the fault: for example, three failed peripheral resets within an hour lead to a subsystem power cycle. Counters must eventually reset, otherwise old, harmless events can trigger drastic actions much later.

Every detection and recovery should create an **event log entry** with time, monitor identifier, measured value and action taken. Operators rely on this log to reconstruct what happened during the hours between passes.`,
      },
      {
        title: "Designing and Verifying FDIR",
        isCheckpoint: true,
        bodyMarkdown: `FDIR design starts from a **Failure Modes and Effects Analysis (FMEA)**: list how each component can fail, what the effect would be, and how it can be detected. Each credible, significant failure mode gets an entry in the FDIR table; failure modes with no practical detection are flagged as accepted risks.

Design guidelines learned from real missions:

- **Keep SAFE mode simple.** It must be power-positive in any attitude, keep the receiver on and avoid depending on complex software.
- **Avoid over-reaction.** An overly sensitive monitor can reset a healthy subsystem repeatedly, or keep the payload off for the whole mission. False positives can be as damaging as missed faults.
- **Avoid conflicts.** Two monitors must not fight, for example one switching a heater on and another switching it off.
- **Make it configurable.** Thresholds, persistence values and enable flags should be adjustable by command.
- **Protect the logs.** Event logs and counters must survive resets.

Verification uses **fault injection** on the flatsat: simulate each failure in the FDIR table and confirm detection, the correct recovery, the correct telemetry and log entries, and return to a commandable state. Untested recovery paths are a common cause of mission loss.`,
      },
    ],
    prerequisites: [
      { slug: "av-flight-software-modes", required: true },
      { slug: "av-edac-memory-protection", required: true },
    ],
  },
  // ──────────────────────────── MISSION OPS ────────────────────────────
  {
    slug: "mo-orbits-and-tles",
    title: "Orbits and Two-Line Element Sets",
    subsystem: "mission_ops",
    summary:
      "The six Keplerian elements, how to read a TLE and use it with SGP4, and the orbits CubeSats typically fly in.",
    difficulty: "easy",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Keplerian Orbital Elements",
        isCheckpoint: false,
        bodyMarkdown: `An orbit around Earth is described by six **Keplerian elements**:

| Element | Symbol | Describes |
|---|---|---|
| Semi-major axis | a | Size of the orbit |
| Eccentricity | e | Shape (0 = circular) |
| Inclination | i | Tilt of the orbit plane relative to the equator |
| Right ascension of the ascending node | Ω (RAAN) | Orientation of the orbit plane around Earth's axis |
| Argument of perigee | ω | Where the closest point lies within the plane |
| True (or mean) anomaly | ν (or M) | Where the satellite is along the orbit |

The orbital period depends only on the semi-major axis:

- T = 2π × √(a³ / μ), with μ = 398,600 km³/s² for Earth

For a circular orbit at 500 km altitude, a = 6,378 + 500 = 6,878 km, so T ≈ 5,680 s ≈ **94.6 minutes**, about 15.2 orbits per day. The orbital speed is v = √(μ / a) ≈ 7.6 km/s.

Most CubeSat orbits are nearly circular, so a, i and Ω matter most for operations: altitude sets the period and lifetime, inclination sets which latitudes you overfly, and Ω sets the local time of the orbit plane.`,
      },
      {
        title: "Reading a Two-Line Element Set",
        isCheckpoint: false,
        bodyMarkdown: `A **TLE (two-line element set)** is the standard format in which tracking organisations publish orbits. TLEs for most objects are distributed by Space-Track and mirrored by CelesTrak.

Line 1 contains the **catalogue number**, the international designator, the **epoch** (year and fractional day of year, for example 24123.50000000 is noon UTC on day 123 of 2024), the first derivative of mean motion and the **B\\* drag term**.

Line 2 contains the **inclination**, **RAAN**, **eccentricity** (with an implied leading decimal point, so 0001234 means 0.0001234), **argument of perigee**, **mean anomaly**, **mean motion** in revolutions per day and the revolution number. Each line ends with a modulo-10 checksum.

Two important rules:

1. TLE elements are **mean elements** produced for the **SGP4** propagation model. Use them with SGP4 (available in Skyfield, python-sgp4, Orekit and similar libraries), never as if they were exact osculating elements.
2. Accuracy degrades with time from the epoch. In LEO, position errors at epoch are around a kilometre and typically grow by a few kilometres per day, faster during high solar activity. Always use the freshest TLE available for pass predictions.`,
      },
      {
        title: "Common CubeSat Orbits",
        isCheckpoint: true,
        bodyMarkdown: `CubeSats usually fly as secondary payloads, so the launch decides the orbit. Two families dominate:

**ISS deployment orbits:** about 400–420 km altitude at **51.6° inclination**. The low altitude means short lifetimes (often one to two years) and the inclination means you never overfly the poles. The orbit precesses, so the local time of passes and the sun geometry change continuously.

**Sun-synchronous orbits (SSO):** typically 500–600 km at an inclination of about **97.4–97.8°**. Earth's oblateness (the J2 term) makes the orbit plane precess; at this inclination the precession matches the apparent motion of the Sun, about **0.9856° per day**, so the plane keeps a fixed orientation relative to the Sun. The orbit is described by its **local time of the ascending node (LTAN)**, for example 10:30. SSOs give consistent lighting for imaging and reach high-latitude ground stations on many passes per day.

A **dawn-dusk SSO** (LTAN near 06:00 or 18:00) rides the terminator and sees little or no eclipse for much of the year, which is excellent for power but removes the natural cold phase that thermal engineers often rely on.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "mo-ground-station-passes",
    title: "Ground Station Pass Geometry",
    subsystem: "mission_ops",
    summary:
      "Elevation, azimuth, slant range and Doppler during a pass, and how much contact time a LEO CubeSat really gets.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Elevation, Azimuth and Slant Range",
        isCheckpoint: false,
        bodyMarkdown: `A **pass** is the period during which the satellite is above the ground station's horizon. It begins at **AOS** (acquisition of signal) and ends at **LOS** (loss of signal). During the pass the antenna follows the satellite in **azimuth** (compass direction) and **elevation** (angle above the horizon).

In practice you use a **minimum elevation mask**, often 5–10°, because near the horizon buildings, terrain and atmospheric losses block or weaken the signal.

The **slant range** ρ (distance from station to satellite) for a spherical Earth of radius Re, satellite altitude h and elevation ε is:

- ρ = √((Re + h)² − (Re × cos ε)²) − Re × sin ε

For h = 500 km:

| Elevation | Slant range |
|---|---|
| 90° (overhead) | 500 km |
| 30° | about 910 km |
| 10° | about 1,700 km |
| 0° | about 2,570 km |

Because free-space path loss grows with the square of distance, the link at 10° elevation is about 20 × log10(1,700 / 500) ≈ **10.6 dB** weaker than overhead. Link budgets are therefore computed at the minimum elevation, the worst case that still counts as usable contact.`,
      },
      {
        title: "How Much Contact Time Do You Get?",
        isCheckpoint: true,
        bodyMarkdown: `For a satellite at 500 km, an overhead pass lasts roughly **10–12 minutes** above 10° elevation; low passes that only skim the mask may last two or three minutes. A mid-latitude station typically sees **4–6 usable passes per day**, in two groups about 12 hours apart, giving a total of roughly **30–50 minutes of contact per day**. High-latitude stations see many more passes of polar and sun-synchronous satellites.

**Doppler shift.** The satellite's radial velocity relative to the station changes from about 7 km/s approaching at AOS to about 7 km/s receding at LOS. The frequency shift is

- Δf = f × v_r / c

At 437 MHz this reaches about **±10 kHz**, changing fastest at the highest point of the pass. Receivers and transmitters must be retuned continuously during the pass, usually by the tracking software.

Tools such as **Gpredict**, **Skyfield** (Python), **Orekit** or commercial packages such as STK compute pass times, azimuth/elevation profiles and Doppler from a TLE. Operations teams generate a pass list for the coming days and use it to plan staffing and activities.`,
      },
    ],
    prerequisites: [{ slug: "mo-orbits-and-tles", required: true }],
  },
  {
    slug: "mo-concept-of-operations",
    title: "Concept of Operations (ConOps)",
    subsystem: "mission_ops",
    summary:
      "Writing a ConOps that describes how the mission will be operated from launch to disposal, and why it drives requirements for every subsystem.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "What a ConOps Is",
        isCheckpoint: false,
        bodyMarkdown: `A **Concept of Operations (ConOps)** describes, in plain language and simple diagrams, how the mission will actually be used to meet its objectives. It answers: *who* operates the spacecraft, *what* it does, *when*, *where* (orbit and ground segment) and *how* data flows from the sensor to the end user.

A ConOps is usually organised by **mission phase**:

1. Pre-launch: integration, delivery to the launch provider, storage.
2. Launch and early orbit: deployment, initial wait, first contact.
3. Commissioning: checkout of every subsystem and the payload.
4. Nominal operations: routine payload and housekeeping activities.
5. Contingency operations: responses to anomalies and safe mode.
6. End of life: passivation and disposal.

The ConOps is written early, long before hardware exists, because it **drives requirements**. If the payload must image a target at noon local time, that constrains the orbit, the power budget and the attitude control. If the team can only staff a ground station on weekdays, the spacecraft needs enough autonomy and storage to survive weekends without contact.`,
      },
      {
        title: "Writing a CubeSat ConOps",
        isCheckpoint: true,
        bodyMarkdown: `A practical CubeSat ConOps contains:

- mission objectives and success criteria (minimum and full success)
- mission phases with entry and exit criteria
- operating modes and the transitions between them
- a **typical orbit or day timeline**
- the ground segment: stations, software, network, data archive
- data flow and data volumes
- team roles and staffing
- key constraints: power, data, thermal, pointing, regulations

A typical orbit timeline for an imaging CubeSat might be:

| Orbit phase | Duration | Activity |
|---|---|---|
| Sunlit, no target | about 40 min | Charge battery, sun-pointing |
| Over target area | about 2 min | Slew, capture images |
| Eclipse | about 35 min | Housekeeping only, payload off |
| Ground station pass | about 10 min | Downlink images, uplink schedule |

Writing the timeline forces the team to check that the numbers add up: are there enough passes to downlink the data, does the battery recover before the next imaging window? Each inconsistency found on paper is far cheaper than one found in orbit.`,
      },
    ],
    prerequisites: [{ slug: "mo-orbits-and-tles", required: false }],
  },
  {
    slug: "mo-launch-and-commissioning",
    title: "Launch, Early Orbit and Commissioning",
    subsystem: "mission_ops",
    summary:
      "What happens between integration into the dispenser and the start of routine operations, and how to commission a CubeSat step by step.",
    difficulty: "medium",
    estimatedMinutes: 50,
    sections: [
      {
        title: "From Integration to Deployment",
        isCheckpoint: false,
        bodyMarkdown: `After final testing, the CubeSat is integrated into a **dispenser** (for example a P-POD, ISIPOD or Nanoracks deployer), often weeks or months before launch. From then on, nothing can be changed.

Inside the dispenser the **deployment switches** are pressed, which keeps the satellite electrically off. Once the **remove-before-flight** pin has been pulled at integration, only the deployment switches stand between the battery and the loads. Because the spacecraft may sit unpowered for months, check the battery's self-discharge and the launch provider's rules on charge state.

After ejection the switches release and the satellite boots. The CubeSat Design Specification requires waiting periods:

- no deployment of antennas or panels for at least **30 minutes** after ejection
- no RF transmission for at least **45 minutes** after ejection

These protect the launch vehicle and other payloads. The flight software implements them with timers that must be robust to resets: a reset during the wait should not shorten it, but the satellite must not stay silent forever either. Most teams store the elapsed time in non-volatile memory.`,
      },
      {
        title: "The First Passes",
        isCheckpoint: false,
        bodyMarkdown: `The first challenge is simply **finding your satellite**. A rideshare launch may release dozens of objects within minutes. Tracking organisations publish TLEs for each new object within hours to days, but initially they are not sure which object is yours and may label several objects generically.

Practical steps:

1. **Before launch:** obtain the planned deployment state vector from the launch provider and generate a provisional TLE for pass predictions.
2. **First passes:** listen for the beacon. Use a wide receiver bandwidth, because Doppler and an imprecise orbit can place the signal well off the nominal frequency.
3. **Ask for help:** the amateur radio community and networks such as **SatNOGS** often receive beacons from stations worldwide within hours.
4. **Identify your object:** compare the Doppler curve or reception times with the candidate TLEs. The best fit is your satellite; tell the tracking organisation so the catalogue entry is correctly identified.

The first beacon tells you whether the satellite survived launch: battery voltage, temperatures, reset count and mode. Record everything: early-orbit data is precious for later anomaly investigations.`,
      },
      {
        title: "Commissioning Checklist",
        isCheckpoint: true,
        bodyMarkdown: `**Commissioning** brings each subsystem from its launch state to full operation, one step at a time, with verification after every step. A typical order:

1. **Confirm power-positive:** battery voltage stable or rising over several orbits; solar input currents match expectations.
2. **Establish two-way communication:** send a harmless command (ping, telemetry request) and verify the acknowledgement.
3. **Synchronise time** and upload the latest orbit data if the satellite uses it.
4. **Verify deployments:** antennas and panels reported deployed; confirm with signal strength and solar currents.
5. **Detumble and check attitude:** verify sensors and actuators, then enable pointing modes.
6. **Checkout each subsystem** against its commissioning procedure and compare telemetry with ground test data.
7. **Payload first light** once the platform is stable.

Golden rules:

- change **one thing at a time** and confirm the result before the next step
- prefer doing a risky step early in a pass, leaving time to check the result
- keep a written log of every command and observation
- do not rush: a week of careful commissioning is cheap compared with a lost satellite`,
      },
    ],
    prerequisites: [{ slug: "mo-concept-of-operations", required: true }],
  },
  {
    slug: "mo-operations-procedures",
    title: "Writing Operations Procedures",
    subsystem: "mission_ops",
    summary:
      "How to write, validate and use step-by-step procedures so that every pass is executed safely and repeatably.",
    difficulty: "medium",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Anatomy of a Good Procedure",
        isCheckpoint: true,
        bodyMarkdown: `Operating a spacecraft from memory invites mistakes, especially under the time pressure of a ten-minute pass. Professional teams therefore use written, version-controlled **operations procedures**.

A procedure typically contains:

- **Title, identifier and version**, with author and approval
- **Purpose:** what the procedure achieves
- **Preconditions:** the required mode, battery state, pass elevation, and which procedures must have been completed first
- **Steps:** each step states the exact command with its arguments and the **expected telemetry response** (for example "EPS_OUT3_STATE = ON within 10 s, payload current 180–250 mA")
- **Go/no-go points** where the operator checks the response before continuing
- **Contingency branches:** what to do if the expected response does not appear
- **Post-conditions** and what to record in the operations log

Good practices:

1. **Dry-run every procedure on the flatsat** before using it in flight, and repeat the dry run after each software change.
2. Use a **two-person rule** for hazardous commands: one operator sends, one checks.
3. Keep procedures short; split long activities into several procedures.
4. After each use, note discrepancies and update the procedure. Procedures are living documents, but changes must go through review.`,
      },
    ],
    prerequisites: [{ slug: "mo-concept-of-operations", required: true }],
  },
  {
    slug: "mo-telemetry-monitoring",
    title: "Telemetry Monitoring and Trending",
    subsystem: "mission_ops",
    summary:
      "Setting limits and alarms on housekeeping telemetry, and using long-term trends to spot degradation before it becomes a failure.",
    difficulty: "medium",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Limits and Alarms",
        isCheckpoint: false,
        bodyMarkdown: `Ground software converts raw telemetry into engineering units and checks each parameter against **limits**, usually two levels:

- **Yellow (warning) limits:** unusual but not dangerous; investigate.
- **Red (alarm) limits:** action is needed, often by following a contingency procedure.

Example limit set:

| Parameter | Red low | Yellow low | Yellow high | Red high |
|---|---|---|---|---|
| Battery voltage (2S Li-ion) | 6.4 V | 6.9 V | 8.3 V | 8.45 V |
| Battery temperature | −5 °C | 2 °C | 40 °C | 45 °C |
| OBC temperature | −30 °C | −20 °C | 60 °C | 70 °C |
| Reset counter change per pass | – | – | 1 | 3 |

Also monitor **derived parameters** (power computed as voltage × current, orbit-average values) and **staleness**: a value that has not updated is itself a warning.

Mission control software such as Yamcs, OpenC3 COSMOS or Open MCT provides decoding, limit checking, displays and archives. Limits should come from the same database as the telemetry definitions, so that flight and ground agree about units and calibrations.`,
      },
      {
        title: "Trending and Long-Term Analysis",
        isCheckpoint: true,
        bodyMarkdown: `Limit checks catch sudden problems; **trending** catches slow ones. Plot key parameters over weeks and months, ideally as **orbit-averaged** or per-orbit minimum and maximum values, because raw samples are dominated by the eclipse cycle.

Trends worth following on every CubeSat:

- **Battery:** minimum voltage at the end of eclipse and end-of-charge behaviour. Declining minimum voltage at constant load suggests capacity fade or rising internal resistance.
- **Solar arrays:** peak current per panel. Slow decline is expected radiation degradation; a sudden step suggests a failed string or cell.
- **Temperatures versus beta angle:** seasonal changes in eclipse duration move the whole thermal profile; separate this expected variation from real problems.
- **Counters:** resets, corrected memory errors, rejected commands and I2C errors. A rising rate often precedes a failure.
- **Clock offset** between onboard and ground time.

Store telemetry in a **time-series database** (for example InfluxDB or TimescaleDB) with a dashboard tool such as Grafana, so anyone on the team can explore the history. Review trends at a fixed interval, for example in a weekly operations meeting.`,
      },
    ],
    prerequisites: [
      { slug: "mo-operations-procedures", required: true },
      { slug: "av-command-data-handling", required: true },
    ],
  },
  {
    slug: "mo-pass-scheduling",
    title: "Pass Planning and Activity Scheduling",
    subsystem: "mission_ops",
    summary:
      "Planning what happens in each ground pass and between passes, balancing power, data, attitude and staffing constraints, and building time-tagged schedules.",
    difficulty: "hard",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Planning Pass by Pass",
        isCheckpoint: false,
        bodyMarkdown: `Each pass is a short, precious window. A **pass plan** lists, in order, what must happen during it. A typical structure:

1. **Acquisition (first 1–2 min):** confirm lock, check beacon or real-time housekeeping.
2. **Uplink:** send time-critical commands and the next schedule first, while elevation is rising.
3. **Downlink:** retrieve stored telemetry and payload data, highest priority first.
4. **Verification:** confirm command execution via acknowledgements and telemetry.
5. **Closing:** note the state of the spacecraft and anything left for the next pass.

The planner works from the **pass list** (AOS, LOS, maximum elevation), discarding passes that are too short or too low to be useful. High passes are reserved for bulk downlink and critical activities; low passes may only be used to check the beacon.

Keep a **priority list** for downlink, for example: event logs and anomaly data, then housekeeping, then payload data. If a pass is lost to a ground-station problem, the most important data is still retrieved first at the next opportunity.`,
      },
      {
        title: "Constraints in Scheduling",
        isCheckpoint: false,
        bodyMarkdown: `Scheduling is a balancing act between constraints:

| Constraint | Question to check |
|---|---|
| Power | Is the battery state of charge high enough, and will it recover before eclipse? |
| Data | Is there space in onboard storage, and can the data be downlinked before it is overwritten? |
| Attitude | Can the satellite point the payload at the target and still point the solar panels or antenna when needed? |
| Thermal | Will a long payload run overheat the payload or the radio? |
| Ground segment | Is the station available, and is someone on shift? |
| Regulatory | Is the transmitter allowed to operate over this region and in this band? |

Conflicts are common: an imaging opportunity may overlap with the only good downlink pass of the day, or the payload run may leave the battery too low for the next eclipse. The planner resolves these with priorities and a simulation of the energy and data balance over the planning period.

Many teams start by planning by hand in a spreadsheet and automate gradually, using tools that check each schedule against the power and data models.`,
      },
      {
        title: "Time-Tagged Command Schedules",
        isCheckpoint: true,
        bodyMarkdown: `Most activities happen **out of contact**, so they are uploaded as a **schedule** of time-tagged commands executed by the onboard scheduler.

Types of time tags:

- **Absolute time:** execute at a given onboard time, for example when passing over a target.
- **Relative time:** execute N seconds after an event or after the previous command, useful for sequences such as "power on payload, wait 30 s, start capture".

Good scheduling practice:

1. **Generate** schedules with a tool from the plan, never by typing commands by hand.
2. **Validate** each schedule by running it on the flatsat or a simulator with the current onboard time and configuration.
3. **Check integrity:** the spacecraft reports the number of entries and a checksum of the stored schedule after upload; operators compare them with the ground copy.
4. **Define behaviour on faults:** most missions clear or suspend the schedule when the spacecraft enters SAFE mode, so an old schedule cannot restart a risky activity after recovery.
5. **Watch the clock:** time tags are only as good as onboard time, so make sure the clock has been synchronised recently.
6. **Plan for missed passes:** the schedule should leave the spacecraft safe if the next uplink fails.`,
      },
    ],
    prerequisites: [
      { slug: "mo-ground-station-passes", required: true },
      { slug: "mo-concept-of-operations", required: true },
    ],
  },
  {
    slug: "mo-anomaly-response",
    title: "Anomaly Response and Recovery",
    subsystem: "mission_ops",
    summary:
      "How an operations team recognises, secures, investigates and recovers from in-orbit anomalies, and how it learns from them.",
    difficulty: "expert",
    estimatedMinutes: 55,
    sections: [
      {
        title: "What Counts as an Anomaly",
        isCheckpoint: false,
        bodyMarkdown: `An **anomaly** is any observed behaviour that differs from what the team expected: an alarm limit violation, an unexpected mode change, a reset, missing data, a failed command or simply a value that "looks odd".

Anomalies are classified by **severity** to decide how urgently to respond:

| Severity | Example | Response |
|---|---|---|
| Critical | Battery voltage falling every orbit, no command response | Immediate response, all hands |
| Major | Payload not responding, one solar panel reading zero | Response within the next passes |
| Minor | A single unexplained reset, occasional corrupted frame | Log, investigate during working hours |

Not every anomaly is a spacecraft fault: ground-station problems, wrong calibration curves in the ground software and outdated TLEs cause many apparent anomalies. Checking the ground segment first is often the quickest win.

The first principle of anomaly response is **"first, do no harm"**: make sure the spacecraft is safe and stable, then understand the problem before trying to fix it. Many missions have been lost not by the original fault but by a hasty command sent in response to it.`,
      },
      {
        title: "The First Response",
        isCheckpoint: false,
        bodyMarkdown: `When an anomaly is detected during or after a pass:

1. **Stop and record.** Note the time, the telemetry values and what was being done when it happened. Save screenshots and raw data.
2. **Assess safety.** Is the spacecraft power-positive, thermally stable and commandable? If not, consider commanding SAFE mode, but only if that action is itself well understood.
3. **Preserve evidence.** Download event logs and stored telemetry covering the anomaly before the ring buffer overwrites them. This often has higher priority than payload data.
4. **Suspend risky activities.** Pause schedules and payload operations that could make things worse.
5. **Notify** the anomaly lead and open an **anomaly report** with a unique identifier.
6. **Do not improvise commands.** Use existing contingency procedures. If none fits, wait until the team has analysed the problem and tested a new procedure on the flatsat.

Keep communication calm and factual. A simple shared log where everyone writes observations with timestamps prevents confusion when several people work on the problem across shifts and time zones.`,
      },
      {
        title: "Root-Cause Investigation",
        isCheckpoint: false,
        bodyMarkdown: `Once the spacecraft is stable, the team investigates systematically:

- **Reconstruct the timeline:** merge telemetry, event logs, command history and pass times. Look for what changed just before the anomaly.
- **Correlate with context:** orbit position (was it over the South Atlantic Anomaly?), eclipse entry or exit, temperature, recent software uploads, solar activity.
- **List hypotheses** and for each one, the evidence for and against. A **fault tree** helps organise them from the observed symptom down to possible causes.
- **Reproduce on the ground:** try to trigger the same symptom on the flatsat or engineering model. Reproduction is the strongest evidence for a root cause.
- **Ask "why" repeatedly** ("five whys") until you reach a cause you can act on, not just the symptom.

Example: repeated OBC resets occurring only over the South Atlantic Anomaly point towards single-event effects, perhaps latch-ups cleared by a current limiter. Resets correlated with a particular command instead point towards a software bug. The investigation should end with a stated root cause and its confidence level, such as "confirmed", "probable" or "unknown".`,
      },
      {
        title: "Recovery and Lessons Learned",
        isCheckpoint: true,
        bodyMarkdown: `Recovery turns the investigation into action:

1. **Write a recovery plan:** the commands, expected responses and abort criteria.
2. **Test it** on the flatsat, including what happens if a step fails.
3. **Review it** with people not involved in writing it.
4. **Execute it** during a good pass, with extra margin for verification.
5. **Monitor** closely for several days afterwards.

Then close the loop. An anomaly report typically records:

| Field | Content |
|---|---|
| ID, date, severity | Identification |
| Symptoms | What was observed, with data references |
| Root cause | Confirmed, probable or unknown |
| Immediate action | What was done to secure the spacecraft |
| Corrective action | Procedure, FDIR threshold or software changes |
| Lessons learned | What to do differently on this and future missions |

Update procedures, FDIR tables, limits and documentation. Share lessons with the wider CubeSat community: many failures repeat across missions, and published experience is one of the most valuable resources for future student teams.`,
      },
    ],
    prerequisites: [
      { slug: "mo-telemetry-monitoring", required: true },
      { slug: "av-fdir", required: false },
    ],
  },
  {
    slug: "mo-deorbit-and-debris",
    title: "End of Life, Deorbit and the 25-Year Rule",
    subsystem: "mission_ops",
    summary:
      "Orbital debris rules for CubeSats, what determines orbital lifetime, and how to passivate and dispose of a satellite at end of mission.",
    difficulty: "hard",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Debris Mitigation and Orbital Lifetime",
        isCheckpoint: true,
        bodyMarkdown: `To limit space debris, international guidelines (IADC and ISO 24113) have long required LEO spacecraft to leave orbit within **25 years** after the end of mission. Rules are tightening: the US FCC adopted a **5-year rule** in 2022 for satellites it licenses that are launched from late September 2024 onwards, and other agencies and launch providers are moving in the same direction. Check the rules that apply to your licence and launch.

Without propulsion, a CubeSat's lifetime is set by atmospheric drag, which depends on:

- **Altitude** – atmospheric density falls roughly exponentially with height
- **Ballistic coefficient** – m / (Cd × A); heavy, compact satellites decay slowly
- **Solar activity** – a high solar flux heats and expands the upper atmosphere, shortening lifetimes

As a rough guide for a 3U CubeSat: around **400 km**, re-entry within about one to two years; around **500 km**, about five to ten years; above about **600 km**, lifetimes can approach or exceed 25 years. Tools such as ESA DRAMA or NASA DAS give proper estimates and are often required in debris assessment reports.

If the orbit is too high, a **drag sail** or other deorbit device can increase the area and shorten decay.

At end of life, **passivate** the satellite: stop transmitting and, where the design allows, disable battery charging and remove stored energy, so an old satellite neither interferes with others nor breaks up.`,
      },
    ],
    prerequisites: [{ slug: "mo-orbits-and-tles", required: true }],
  },
  // ──────────────────────────── STRUCTURES ─────────────────────────────
  {
    slug: "str-cubesat-design-specification",
    title: "The CubeSat Design Specification",
    subsystem: "structures",
    summary:
      "The form factor, rails, mass and safety rules of the CubeSat Design Specification, and how dispenser ICDs refine them.",
    difficulty: "easy",
    estimatedMinutes: 35,
    sections: [
      {
        title: "The CubeSat Standard",
        isCheckpoint: false,
        bodyMarkdown: `The **CubeSat Design Specification (CDS)**, maintained by the CubeSat Program at Cal Poly, defines the external envelope and safety rules that let CubeSats share standard deployers. Revision 14 extended it from the classic 1U–3U sizes to 6U and 12U.

The basic unit, **1U**, is a 10 cm × 10 cm cross-section, and a 1U CubeSat is about **113.5 mm** long including its rail standoffs. Larger sizes stack units: a 3U is about 340.5 mm long, a 6U is two 3U columns side by side.

The spacecraft slides along the dispenser on four **rails** on its long edges. Around those rails the CDS defines a tightly controlled envelope: components such as solar panels and antenna covers may protrude at most **6.5 mm** normal to the rail planes, and must stay clear of the rails themselves so the satellite can slide freely.

Beyond geometry, the CDS also sets rules for **mass and centre of gravity**, **materials** that touch the dispenser, **inhibits** that keep the satellite off until deployment, and operational constraints such as waiting times after ejection. Always work from the latest revision and from your launch provider's interface document: the CDS is the common baseline, not the final word.`,
      },
      {
        title: "Key Requirements at a Glance",
        isCheckpoint: false,
        bodyMarkdown: `Selected CDS requirements every structures engineer should know (values as in Rev. 14.1; always confirm against the current revision and your dispenser's ICD):

| Topic | Requirement (summary) |
|---|---|
| Mass | Up to 2.00 kg per unit in Rev. 14 (for example 1U ≤ 2.00 kg, 3U ≤ 6.00 kg); many dispensers set lower limits |
| Centre of gravity | Within about 2 cm of the geometric centre in the cross-section plane; the allowed offset along the long axis depends on the size |
| Rails | At least 8.5 mm wide, with rounded edges and low surface roughness; rail ends must contact the neighbouring satellite or dispenser |
| Rail material | Hard-anodised aluminium, to prevent cold welding with the dispenser rails |
| Structure material | Aluminium alloys such as 7075, 6061, 5005 or 5052 recommended; other materials need matching thermal expansion and approval |
| Inhibits | Deployment switches keep the satellite unpowered while stowed; a remove-before-flight pin during ground handling |
| Timers | No deployables for 30 min and no RF transmission for 45 min after ejection |
| Debris | No parts may detach in orbit |

Non-compliance is possible but must be documented and approved through a **deviation waiver** agreed with the launch provider, which takes time and is never guaranteed.`,
      },
      {
        title: "Dispensers and Interface Control Documents",
        isCheckpoint: true,
        bodyMarkdown: `CubeSats fly inside **dispensers** mounted on the launch vehicle or released from the International Space Station. Examples include the Cal Poly **P-POD**, ISISPACE's **ISIPOD** and QuadPack, the **Nanoracks CubeSat Deployer** used on the ISS, and Rocket Lab's **Canisterized Satellite Dispenser (CSD)** by Planetary Systems Corporation.

Each dispenser has its own **Interface Control Document (ICD)** or user guide, which takes precedence over the CDS for that launch. Differences can be significant:

- **Rail-based** dispensers (P-POD, ISIPOD) use the four corner rails and a spring-loaded pusher plate.
- **Tab-based** dispensers such as the CSD clamp the satellite by tabs along its base, so the structure design differs completely.
- Mass limits, allowed protrusions, switch positions and **access ports** for the remove-before-flight pin vary.

Practical advice for student teams:

1. Find out as early as possible which dispenser you will fly in, even if the launch contract comes later.
2. Design to the stricter of the CDS and the likely dispenser ICD.
3. Perform a **fit check** in a test pod or a precise replica of the dispenser before vibration testing.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "str-materials-selection",
    title: "Materials for CubeSat Structures",
    subsystem: "structures",
    summary:
      "Properties of the aluminium alloys, titanium, steels and composites used in CubeSats, and the outgassing rules that apply in vacuum.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Aluminium Alloys and Why They Dominate",
        isCheckpoint: false,
        bodyMarkdown: `Almost every CubeSat frame is machined or sheet-formed from **aluminium alloys**. They are light, stiff enough, easy to machine, inexpensive and compatible with the dispenser rails.

| Property | Al 6061-T6 | Al 7075-T6 |
|---|---|---|
| Density | 2.70 g/cm³ | 2.81 g/cm³ |
| Young's modulus E | about 69 GPa | about 72 GPa |
| Yield strength | about 276 MPa | about 503 MPa |
| Thermal expansion | about 23.6 µm/(m·K) | about 23.4 µm/(m·K) |
| Notes | Good machinability and corrosion resistance, weldable | Much stronger, less corrosion-resistant, not weldable |

A useful figure of merit for stiffness-driven designs is the **specific stiffness** E/ρ. For aluminium, 69 GPa / 2,700 kg/m³ ≈ 26 MN·m/kg, almost the same as steel and titanium. Switching metals rarely makes a structure stiffer for the same mass; geometry (ribs, closed sections, panel thickness) is far more effective.

Rails and other sliding surfaces are **hard anodised**, which creates a hard oxide layer that prevents galling and **cold welding**, the bonding of clean metal surfaces that touch in vacuum.`,
      },
      {
        title: "Other Materials and Outgassing",
        isCheckpoint: true,
        bodyMarkdown: `Other materials appear where aluminium is not ideal:

- **Titanium (Ti-6Al-4V):** yield strength about 880 MPa, density 4.43 g/cm³, low thermal expansion (about 8.6 µm/(m·K)) and low thermal conductivity. Good for brackets that must isolate heat or match optics.
- **Stainless steel (A2/A4, 316, A286):** fasteners, springs, hinge pins.
- **Carbon-fibre reinforced polymer (CFRP):** very high specific stiffness and near-zero thermal expansion, good for optical benches, but anisotropic, electrically conductive only along fibres and prone to moisture absorption.
- **FR-4 and polyimide:** printed circuit boards, which are also structural elements in a PC/104-style stack.
- **Engineering polymers (PEEK, Delrin, Ultem)** for insulating spacers and printed parts.

In vacuum, polymers, adhesives, paints and tapes release volatile compounds (**outgassing**) that can condense on optics and solar cells. The standard screening test is **ASTM E595**, which reports:

- **TML** (total mass loss), usually required to be below 1.0 %
- **CVCM** (collected volatile condensable materials), usually required to be below 0.1 %

NASA publishes an online outgassing database with E595 results for thousands of materials. Check every non-metallic material against it, including glues, conformal coatings and cable ties.`,
      },
    ],
    prerequisites: [{ slug: "str-cubesat-design-specification", required: true }],
  },
  {
    slug: "str-mass-budget",
    title: "Mass Budgets and Centre of Mass",
    subsystem: "structures",
    summary:
      "Building and maintaining a mass budget with maturity-based margins, and keeping the centre of mass inside the allowed envelope.",
    difficulty: "easy",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Building a Mass Budget",
        isCheckpoint: true,
        bodyMarkdown: `A **mass budget** lists every item on the spacecraft with its mass and a **contingency** that reflects how well that mass is known. It is one of the first system budgets a team creates and one of the last it closes.

Typical contingency by maturity (exact values depend on the standard your team follows, such as AIAA S-120):

| Maturity | Contingency |
|---|---|
| Measured flight hardware | 0–2 % |
| Off-the-shelf item, datasheet mass | 5 % |
| Modified existing design | 10 % |
| New design, CAD estimate | 15–20 % |
| Concept only | 25–30 % |

Then add a **system margin** between the current estimate with contingencies and the allowed maximum, often 10–20 % early in the project. For a 3U with a 4.0 kg dispenser limit, an estimate of 3.6 kg including contingencies leaves a system margin of 0.4 kg (10 %).

The budget should also give the **centre of mass (CoM)** position: for each item, multiply its mass by its coordinates, sum the results and divide by the total mass. The CoM must lie within the limits of the CDS and the dispenser ICD; heavy items such as batteries often have to be moved, or balance masses added, to meet them.

Weigh each part as it arrives, replace estimates with measured values and keep the budget under version control.`,
      },
    ],
    prerequisites: [{ slug: "str-cubesat-design-specification", required: true }],
  },
  {
    slug: "str-launch-loads",
    title: "Launch Loads and Quasi-Static Design",
    subsystem: "structures",
    summary:
      "The load environments a CubeSat experiences during launch, and how to size structures with design load factors, factors of safety and margins of safety.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Sources of Launch Loads",
        isCheckpoint: false,
        bodyMarkdown: `A launch exposes the satellite to several mechanical environments:

- **Quasi-static loads:** steady acceleration from thrust plus low-frequency transients (lift-off, engine cut-off, wind gusts), expressed as load factors in g along each axis. Typical design values are of the order of 5–10 g, but the launch provider specifies them.
- **Sine vibration:** low-frequency (about 5–100 Hz) periodic excitation from engines and structural modes of the rocket.
- **Random vibration:** broadband excitation from 20 to 2,000 Hz caused by engine noise and aerodynamic turbulence transmitted through the structure. For small satellites this is usually the **most demanding** environment.
- **Acoustic loads:** the sound field inside the fairing, important for large, light panels but less so for CubeSats enclosed in a dispenser.
- **Shock:** short, high-frequency transients from stage separation, fairing release and dispenser door opening.

The dispenser sits between the launcher and the CubeSat, and modifies the environment: it can amplify some frequencies and attenuate others. Launch providers therefore usually give CubeSat-specific test levels rather than the raw launcher environment, and these levels are what you design and test against.`,
      },
      {
        title: "Factors of Safety and Margins of Safety",
        isCheckpoint: true,
        bodyMarkdown: `For a first sizing, treat dynamic loads as an equivalent **quasi-static load**:

- F = m × n × g, where n is the design load factor

A 0.5 kg component at a design load factor of 12 g experiences F = 0.5 × 12 × 9.81 ≈ 59 N.

The load is multiplied by a **factor of safety (FS)** before comparison with the material allowable. Common values for metallic flight hardware verified by test (for example in NASA-STD-5001) are **1.25 on yield** and **1.4 on ultimate**. Structures that are not tested need much higher factors.

The result is expressed as a **margin of safety (MS)**:

- MS = allowable / (FS × applied) − 1

MS must be zero or positive. Example: a bracket in Al 6061-T6 (yield 276 MPa) with a calculated stress of 40 MPa under design load:

- MS_yield = 276 / (1.25 × 40) − 1 = 4.5

Very large margins usually mean the part could be lighter, but CubeSat brackets are often sized by stiffness, manufacturing or fastener needs rather than strength. Always check **both** yield and ultimate, and check joints and fasteners, which are where most structures actually fail.`,
      },
    ],
    prerequisites: [
      { slug: "str-cubesat-design-specification", required: true },
      { slug: "str-materials-selection", required: false },
    ],
  },
  {
    slug: "str-fasteners-joints",
    title: "Fasteners, Thread Locking and Joints",
    subsystem: "structures",
    summary:
      "Choosing fasteners and inserts, calculating tightening torque and preload, and preventing joints from loosening under vibration.",
    difficulty: "medium",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Fasteners, Inserts and Preload",
        isCheckpoint: false,
        bodyMarkdown: `CubeSats mostly use small metric screws (M2 to M3), typically in **stainless steel** (A2/A4 or the high-strength alloy A286) or **titanium**. Threads cut directly into aluminium wear and strip easily when a part is assembled many times during testing, so designers often use **helical thread inserts** (Helicoil type) or key-locked inserts in aluminium parts.

Rules of thumb:

- Thread engagement in aluminium of at least about **1.5 × the nominal diameter**, more without inserts.
- Use washers under heads on soft or anodised surfaces.
- Avoid stainless screws in stainless tapped holes without lubrication: stainless-on-stainless threads can **gall** and seize.

A bolted joint works through **preload**: the tension in the bolt clamps the parts together so friction carries the shear load and the joint does not gap under load. The relation between tightening torque T and preload F is approximately:

- T = K × D × F

where D is the nominal diameter and K the **nut factor**, around 0.2 for dry steel threads. For an M3 screw (D = 0.003 m) with a target preload of 2,000 N: T = 0.2 × 0.003 × 2,000 = **1.2 N·m**. K varies a lot with lubrication and finish, so specify torques from tested values where possible.`,
      },
      {
        title: "Preventing Loosening",
        isCheckpoint: true,
        bodyMarkdown: `Vibration can make fasteners lose preload and back out. Common countermeasures:

| Method | How it works | Notes |
|---|---|---|
| Adequate preload | Friction prevents slip | The first and most important defence |
| Thread-locking compound | Fills the thread and cures | Choose a low-outgassing product approved for space use |
| Prevailing-torque inserts or nuts | Deformed thread adds friction | Reusable a limited number of times |
| Staking | Adhesive bead across screw head and part | Also shows tampering or movement |
| Safety wire | Mechanically ties fastener heads together | Common on larger hardware |

Split lock washers are **not** reliable under vibration and are generally avoided in flight hardware.

After final torque, apply a **torque stripe**: a line of paint across the screw head and the part. If the stripe is broken after vibration testing, the fastener has moved.

In vacuum, clean metal surfaces that rub can **cold weld**. Hinge pins, latches and threaded parts that must move in orbit need dissimilar materials, hard coatings or space-grade dry or vacuum-compatible lubricants.

Document every fastener: type, material, length, torque value and locking method, so that assembly is repeatable and reviewable.`,
      },
    ],
    prerequisites: [{ slug: "str-materials-selection", required: true }],
  },
  {
    slug: "str-modal-analysis",
    title: "Modal Analysis and First Natural Frequency",
    subsystem: "structures",
    summary:
      "Why launch providers require a minimum first natural frequency, how to estimate it by hand, and how modal analysis is done and verified in practice.",
    difficulty: "hard",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Natural Frequencies and Why They Matter",
        isCheckpoint: false,
        bodyMarkdown: `Every structure has **natural frequencies** (modes) at which it vibrates freely, each with a characteristic deformation pattern (mode shape). If an excitation contains energy at a natural frequency, the response is amplified by the dynamic amplification factor **Q**, often 10–30 for lightly damped bolted structures.

Launch vehicles have their own low-frequency structural modes. If a payload resonates at similar frequencies, the two can **couple**, producing much larger loads than either would experience alone. Launch providers therefore require a **minimum first natural frequency** of the payload in its mounted configuration. For CubeSats a typical requirement is a first mode **above about 100 Hz**, but the exact value comes from the dispenser ICD.

Inside the satellite the same logic applies between the structure and its components. A common guideline is the **octave rule**: keep the first mode of a component at least a factor of two in frequency away from the mode of the structure that supports it, so the two do not amplify each other.

Stiffness, not strength, drives most CubeSat structural design: a frame that is strong enough can still fail a frequency requirement.`,
      },
      {
        title: "Estimating the First Mode by Hand",
        isCheckpoint: false,
        bodyMarkdown: `Simple models give a first estimate before any finite element analysis.

**Single degree of freedom (mass on a spring):**

- f = (1 / 2π) × √(k / m)

For m = 4 kg and an effective stiffness k = 4 × 10⁶ N/m: √(k/m) = 1,000 rad/s, so f ≈ **159 Hz**.

**Cantilever beam** (length L, bending stiffness EI, mass per unit length m'):

- f1 = (1.875² / 2π) × √(EI / (m' × L⁴))

This is useful for deployed panels, antennas and booms.

**Simply supported rectangular plate** (sides a and b, thickness h, density ρ):

- f11 = (π / 2) × (1/a² + 1/b²) × √(D / (ρ × h)), with D = E × h³ / (12 × (1 − ν²))

This is useful for PCBs and side panels. A component mass on the plate must be added to ρ × h as an equivalent distributed mass, which lowers the frequency.

Hand calculations show the **scaling**: frequency grows with the square root of stiffness and falls with the square root of mass. Doubling a plate's thickness doubles its frequency, because D grows with h³ while mass grows with h.`,
      },
      {
        title: "Modal Analysis in Practice",
        isCheckpoint: true,
        bodyMarkdown: `A **modal analysis** in finite element software solves the eigenvalue problem

- (K − ω² M) × φ = 0

for the natural frequencies ω and mode shapes φ, where K is the stiffness matrix and M the mass matrix.

Things to check in the results:

- **First frequency** against the requirement, with margin, because models are usually stiffer than reality.
- **Effective mass participation:** each mode's share of the total mass in each direction. Modes with large participation drive the interface loads; together the computed modes should capture most of the mass (often at least 80–90 %) in each axis.
- **Local modes** of PCBs, cable bundles and antennas, which may not matter for the launcher but can break components.

The model is verified in test with a **low-level sine sweep** (resonance search), typically at about 0.25–0.5 g from 5 to 2,000 Hz, before and after each random vibration run. Comparing the two sweeps is a health check: a shift in the main frequency of more than about 5 %, or a large change in peak amplitude, suggests something loosened or cracked. The measured frequencies are also used to **correlate** and improve the finite element model.`,
      },
    ],
    prerequisites: [{ slug: "str-launch-loads", required: true }],
  },
  {
    slug: "str-random-vibration",
    title: "Random Vibration and Test Levels",
    subsystem: "structures",
    summary:
      "Power spectral densities, Grms, Miles' equation for estimating response, and how qualification and acceptance test levels are defined.",
    difficulty: "hard",
    estimatedMinutes: 50,
    sections: [
      {
        title: "Random Vibration and the PSD",
        isCheckpoint: false,
        bodyMarkdown: `**Random vibration** has no repeating waveform; it is described statistically by its **acceleration power spectral density (PSD)**, in g²/Hz, over a frequency range, typically 20–2,000 Hz. The PSD shows how the vibration energy is distributed across frequencies.

The overall level is given by the **Grms** value, the root-mean-square acceleration:

- Grms = √(area under the PSD curve)

Example: a flat PSD of 0.04 g²/Hz from 20 to 2,000 Hz has an area of 0.04 × 1,980 = 79.2 g², so Grms = √79.2 ≈ **8.9 g**.

Real test profiles have sloped segments, specified in **dB per octave**. An octave is a doubling of frequency; a slope of +3 dB/octave doubles the PSD value for each doubling of frequency. Areas under sloped segments are calculated in log-log space, and most test labs and spreadsheets do this automatically.

Because the acceleration is Gaussian, the instantaneous value exceeds 3 × Grms only about 0.3 % of the time. Designers therefore use **3σ** values (3 × Grms) as peak loads for stress checks.`,
      },
      {
        title: "Miles' Equation and Structural Response",
        isCheckpoint: false,
        bodyMarkdown: `A structure responds most strongly at its natural frequencies. For a mode that behaves like a single-degree-of-freedom system, **Miles' equation** estimates the response:

- Grms,response ≈ √((π / 2) × fn × Q × PSD(fn))

where fn is the natural frequency, Q the amplification factor and PSD(fn) the input level at that frequency, in g²/Hz.

Example: a component with fn = 200 Hz, Q = 10 and an input of 0.04 g²/Hz:

- Grms = √(1.571 × 200 × 10 × 0.04) = √125.7 ≈ **11.2 g**
- 3σ peak ≈ 34 g

Note that the response can be higher than the overall input Grms, because the structure concentrates energy at resonance. The quasi-static equivalent load for sizing is then the 3σ value multiplied by the component mass.

Limits of Miles' equation: it assumes a flat input around fn, a single dominant mode and light damping. It is a quick estimate for design, not a substitute for a full random response analysis or test. The damping factor is related to Q by Q = 1 / (2ζ); Q = 10 means 5 % of critical damping, a common first assumption for bolted aluminium structures.`,
      },
      {
        title: "Qualification, Acceptance and Protoflight Levels",
        isCheckpoint: true,
        bodyMarkdown: `Vibration tests use different levels depending on their purpose:

- **Acceptance:** the maximum expected flight level, applied to flight hardware to reveal workmanship defects.
- **Qualification:** acceptance level + 3 dB (double the PSD) and longer duration, applied to a dedicated qualification unit to prove the design has margin.
- **Protoflight:** qualification level for the acceptance duration, applied to the flight unit when there is no separate qualification model, as on most CubeSat projects.

The NASA General Environmental Verification Standard (GEVS, GSFC-STD-7000) gives generic component random levels often used as a reference:

| Test | Overall level | Duration per axis |
|---|---|---|
| Acceptance | 10.0 Grms | 1 min |
| Qualification | 14.1 Grms | 2 min |
| Protoflight | 14.1 Grms | 1 min |

Launch providers usually specify their own CubeSat levels, which may be lower or higher than GEVS; always test to the levels in your launch ICD.

Tests are performed in each of the three axes, usually with the CubeSat inside a test pod that mimics the dispenser, bracketed by low-level sine sweeps to check for changes in the structure.`,
      },
    ],
    prerequisites: [{ slug: "str-modal-analysis", required: true }],
  },
  {
    slug: "str-fea-basics",
    title: "Finite Element Analysis Basics",
    subsystem: "structures",
    summary:
      "How finite element analysis works, which element types to use for CubeSat parts, and the checks that make results trustworthy.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "How Finite Element Analysis Works",
        isCheckpoint: false,
        bodyMarkdown: `**Finite element analysis (FEA)** divides a structure into many small elements connected at **nodes**. Each element has a simple assumed displacement field, from which its stiffness and mass can be computed. Assembling all elements gives the global system:

- Static analysis: K × u = F (stiffness matrix × displacements = forces)
- Modal analysis: (K − ω² M) × φ = 0

The solver computes displacements, then strains and stresses from them.

Choosing the right **element type** is the key modelling decision:

| Element | Use for | Example in a CubeSat |
|---|---|---|
| Beam (1D) | Long, slender parts | Rails in a simplified frame model, antenna elements |
| Shell (2D) | Thin-walled parts, thickness much smaller than width | Side panels, PCBs, sheet-metal frames |
| Solid (3D) | Chunky parts with complex geometry | Machined brackets, lens mounts |
| Point mass | Components whose stiffness does not matter | Batteries, connectors, electronics modules |

Simplified models with shells, beams and point masses run quickly and show global behaviour well. Detailed solid models are used locally, where stresses matter. Mixing both is common practice.`,
      },
      {
        title: "Good FEA Practice",
        isCheckpoint: true,
        bodyMarkdown: `FEA software always produces colourful results; making them correct is the engineer's job. Essential checks:

1. **Units.** Use a consistent set, for example millimetres, tonnes, seconds, giving newtons and MPa. Mixing kilograms with millimetres is a classic mistake that makes frequencies wrong by a factor of about 31.6 (the square root of 1,000).
2. **Mass check.** Compare the model's total mass and centre of mass with the mass budget.
3. **Free-free check.** Run a modal analysis without constraints: there should be exactly **six rigid-body modes** near 0 Hz. More indicates disconnected parts.
4. **Boundary conditions.** Represent the dispenser interface realistically, such as rail contact regions or the dispenser's mounting points, not an arbitrary fixed face.
5. **Mesh convergence.** Refine the mesh until results of interest change by only a few percent.
6. **Singularities.** Stress at sharp re-entrant corners and point loads keeps rising with mesh refinement; these are modelling artefacts, not real stresses.
7. **Correlation.** Compare with hand calculations and, later, with test results such as measured natural frequencies.

Common tools include Ansys, Abaqus, Nastran-based packages, SolidWorks Simulation and open-source CalculiX with FreeCAD.`,
      },
    ],
    prerequisites: [
      { slug: "str-launch-loads", required: true },
      { slug: "str-modal-analysis", required: false },
    ],
  },
  {
    slug: "str-deployables-burn-wires",
    title: "Deployables and Burn-Wire Release Mechanisms",
    subsystem: "structures",
    summary:
      "How CubeSat solar panels and antennas are held down and released with burn wires, and how to make deployments reliable.",
    difficulty: "medium",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Hold-Down and Release with Burn Wires",
        isCheckpoint: true,
        bodyMarkdown: `Deployable solar panels and antennas must stay stowed during launch and open reliably in orbit. The most common CubeSat solution is a **burn-wire release**:

1. A **restraint line**, usually ultra-high-molecular-weight polyethylene (such as Dyneema) or nylon, holds the deployable against the structure.
2. The line passes over a **heating element**, either a nichrome wire or a small resistor.
3. On command, a current of roughly 1–2 A for a few seconds heats the element and melts the line.
4. Hinge springs, or the stored strain energy of a tape-spring antenna, deploy the element.

Design guidelines:

- **Redundancy:** two independent heating elements and circuits per line, so one failure does not prevent deployment.
- **Retries:** software repeats the burn if the deployment switch does not confirm release, with a limit to avoid draining the battery.
- **Inhibits and timing:** burn circuits must be inhibited while in the dispenser and only activated after the 30-minute waiting period.
- **Line behaviour:** polymer lines creep and lose tension over time and temperature; use a tensioning method and re-check before flight.
- **Deployment sensing:** microswitches or telemetry (such as solar current) confirm success.

Test deployments repeatedly, including at cold temperature in vacuum, after vibration, and with the flight burn circuit and battery.`,
      },
    ],
    prerequisites: [
      { slug: "str-cubesat-design-specification", required: true },
      { slug: "str-fasteners-joints", required: false },
    ],
  },
  {
    slug: "str-structural-test-campaign",
    title: "Structural Verification and Test Campaign",
    subsystem: "structures",
    summary:
      "Planning and running the structural verification of a CubeSat: model philosophy, vibration and shock testing, inspection and documentation for the launch provider.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Verification Philosophy",
        isCheckpoint: false,
        bodyMarkdown: `Every requirement must be verified by one or more methods: **analysis**, **test**, **inspection** or **review of design**. Structural requirements are usually verified by a combination of analysis (margins of safety, frequencies) and test (vibration), plus inspection (dimensions, fit check).

The **model philosophy** decides which physical units are built and tested:

| Approach | Units | Pros | Cons |
|---|---|---|---|
| Prototype | Qualification model tested at qualification levels, then flight model at acceptance levels | Flight unit sees lower stress; design margin proven on a separate unit | Two units, more cost and time |
| Protoflight | A single flight unit tested at qualification levels for acceptance durations | Cheaper, faster | Flight unit is stressed more; a failure hits the flight hardware |

Most university CubeSats follow a **protoflight** approach for the full satellite, often with **engineering models** of critical parts (a structure with dummy masses, a deployable panel) tested earlier to reduce risk.

Write a **verification matrix** listing each requirement, the method, the responsible person and the evidence (report number). The launch provider will ask for evidence that its requirements have been met, and the matrix makes that straightforward.`,
      },
      {
        title: "The Vibration Test Day",
        isCheckpoint: false,
        bodyMarkdown: `A well-prepared vibration test runs smoothly; an unprepared one wastes expensive shaker time.

**Preparation:** agree levels and sequence with the test facility in advance; prepare a **test pod** (dispenser replica) and an adapter plate for the shaker; plan **accelerometer** positions, one or more **control accelerometers** on the fixture and **response accelerometers** on the satellite at points of interest; complete a functional test and take photos beforehand.

**Typical sequence per axis:**

1. Low-level sine sweep (resonance search)
2. Random vibration at the specified level and duration (sometimes with intermediate levels first, such as −6 dB and −3 dB)
3. Low-level sine sweep again
4. Compare sweeps and quick visual check before moving to the next axis

If the CubeSat's response at resonance would exceed what the flight environment can produce, the test input may be reduced around that frequency (**notching**). Notching must be justified and agreed with the launch provider, not decided on the spot.

Keep a test log with times, levels, configuration changes and observations. Record all raw data files; you will need them for the test report.`,
      },
      {
        title: "Shock, Fit Checks and Mass Properties",
        isCheckpoint: false,
        bodyMarkdown: `Beyond random vibration, the launch provider may require:

- **Shock testing:** defined by a **shock response spectrum (SRS)**, the peak response of a set of single-degree-of-freedom oscillators plotted against frequency. Many CubeSat launches do not require a shock test because the dispenser attenuates it, but some do, and the ICD decides.
- **Sine vibration** at low frequencies to cover launcher transients.
- **Fit check:** insert the flight satellite into a test pod or real dispenser to confirm rails, envelope, switch actuation and access to the remove-before-flight pin.
- **Mass properties:** measure the final mass and centre of mass and compare with limits and with the mass budget.
- **Dimensional inspection** of rails, standoffs and protrusions with calibrated tools.

Interpreting results: compare pre- and post-test sine sweeps. Frequency shifts of more than about 5 % or large amplitude changes indicate a structural change such as a loose fastener or a shifted cable bundle, which must be explained before proceeding. Small shifts during the first run of a new assembly can occur as joints settle; a repeated shift is a warning sign.`,
      },
      {
        title: "Post-Test Inspection and Documentation",
        isCheckpoint: true,
        bodyMarkdown: `A test only counts if its results are inspected and documented.

**After each test:**

- Perform a **functional test** identical to the pre-test one and compare results; a short aliveness test may be done between axes.
- **Visually inspect**: torque stripes, cracked solder joints, displaced cables, loose particles, deployables still secure.
- Review accelerometer data for unexpected responses.

**Non-conformances:** anything that does not meet requirements is recorded in a **non-conformance report (NCR)** with a description, root cause, disposition (use as is, repair, rework, retest) and approval. Hiding a problem to keep the schedule is never acceptable; launch safety depends on honest reporting.

**Deliverables** typically requested by launch providers:

- structural analysis report, with margins of safety and first frequency
- vibration test report, with levels, plots and pass/fail conclusion
- mass properties and fit check records
- materials list, with outgassing data
- verification matrix with closure evidence

Keep the documentation concise, traceable and consistent. Reviewers at the launch provider see many CubeSats; clear reports build trust and speed up approval.`,
      },
    ],
    prerequisites: [
      { slug: "str-random-vibration", required: true },
      { slug: "str-fea-basics", required: true },
    ],
  },
  // ─────────────────────────────── POWER ───────────────────────────────
  {
    slug: "pwr-eps-architecture",
    title: "EPS Architecture Overview",
    subsystem: "power",
    summary:
      "The functions of the electrical power system and the main bus topologies used on CubeSats.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "What the EPS Does",
        isCheckpoint: false,
        bodyMarkdown: `The **electrical power system (EPS)** keeps every other subsystem alive. Its functions are:

1. **Generation** – solar arrays convert sunlight into electrical power.
2. **Storage** – a rechargeable battery, almost always lithium-ion, supplies power during eclipse and peak loads.
3. **Regulation and conversion** – converters charge the battery safely and produce the voltages the loads need.
4. **Distribution and protection** – switched, current-limited outputs deliver power to each load and isolate faults.
5. **Monitoring** – voltages, currents and temperatures are measured and reported as telemetry.

A simplified power flow is:

- solar panels → input converters (often with maximum power point tracking) → battery bus → output converters and switches → loads

On most CubeSats the EPS is a single board in the stack, sometimes with the battery on a separate board, plus solar panels on the outside of the structure. Commercial EPS boards are common, but the team remains responsible for sizing the arrays and battery, designing the power budget and integrating the inhibit switches required by the launch provider. Because a dead EPS means a dead satellite, it is also one of the most carefully tested subsystems.`,
      },
      {
        title: "Bus Topologies",
        isCheckpoint: true,
        bodyMarkdown: `Two design choices define an EPS architecture.

**How solar power is transferred:**

- **Direct energy transfer (DET):** the arrays are connected (through a regulator or shunt) straight to the bus; the array operates at a voltage set by the battery, not at its optimum. Simple and efficient in the converter itself.
- **Peak power tracking (PPT / MPPT):** a DC-DC converter between each array and the bus continuously adjusts the array's operating point to extract maximum power. More complex, but it typically harvests 10–20 % more energy in LEO, especially when cold arrays leave eclipse.

**How the bus voltage is regulated:**

| Type | Description | Pros | Cons |
|---|---|---|---|
| Unregulated battery bus | Bus follows battery voltage (6.0–8.4 V for a 2S Li-ion pack) | Simple, efficient | Loads must tolerate the voltage range |
| Regulated bus | Converters hold fixed voltages, e.g. 3.3 V, 5 V, 12 V | Clean supply for electronics | Converter losses, extra parts |

A typical CubeSat EPS combines both: MPPT inputs, a battery bus, and regulated 3.3 V and 5 V rails, each with several **switched, current-limited outputs** that the OBC can turn on and off.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "pwr-solar-cells",
    title: "Solar Cells for Small Satellites",
    subsystem: "power",
    summary:
      "How multi-junction space solar cells work, how to read their I-V curve, and how temperature, sun angle and radiation reduce their output.",
    difficulty: "easy",
    estimatedMinutes: 35,
    sections: [
      {
        title: "How Space Solar Cells Work",
        isCheckpoint: false,
        bodyMarkdown: `Most CubeSats use **triple-junction** solar cells made of stacked GaInP, GaAs and Ge layers. Each junction absorbs a different part of the solar spectrum, giving beginning-of-life efficiencies of about **28–30 %** under space sunlight. Cheaper silicon cells (about 14–20 %) are sometimes used on low-cost missions.

Cell performance is specified under **AM0** conditions (air mass zero, the spectrum outside the atmosphere), with an irradiance of about **1,361 W/m²** (the solar constant) and a cell temperature of 28 °C.

The **I-V curve** describes a cell's output:

- **Isc** – short-circuit current (maximum current, zero voltage)
- **Voc** – open-circuit voltage (maximum voltage, zero current)
- **Vmp, Imp** – voltage and current at the **maximum power point**
- **Fill factor** = (Vmp × Imp) / (Voc × Isc), typically about 0.8 for good cells

A typical triple-junction cell of about 27–30 cm² has Voc ≈ 2.7 V, Vmp ≈ 2.4 V and Imp ≈ 0.45–0.5 A, giving about 1.1–1.2 W at AM0. Cells are connected **in series** into strings to reach a useful voltage, and strings are connected **in parallel** to add current.`,
      },
      {
        title: "Temperature, Angle and Degradation",
        isCheckpoint: true,
        bodyMarkdown: `Actual array output is lower than the datasheet value for three main reasons.

**Temperature.** Cell voltage drops as temperature rises, by roughly 6 mV/°C per triple-junction cell, while current increases slightly. The net effect is a power loss of roughly 0.2–0.3 % per °C above 28 °C. Sunlit panels in LEO often run at 40–80 °C, costing several percent of power. Just after eclipse, cold panels produce higher voltage, which MPPT converters can exploit.

**Sun angle.** Power falls with the cosine of the angle θ between the sun direction and the panel normal:

- P = S × A × η × cos θ

At 60° incidence a panel delivers only half its normal-incidence power. Beyond about 70–80°, reflection losses make output even lower than the cosine predicts.

**Radiation and aging.** Trapped protons and electrons damage the crystal lattice, reducing mainly current and voltage over time. Cover glass (typically 100–150 µm) shields cells. The end-of-life power is often written as:

- P_EOL = P_BOL × (1 − d)^L

where d is the yearly degradation (a few percent per year in LEO, depending on cell type and shielding) and L the mission lifetime in years. Array sizing must be done for end-of-life, hot-case conditions.`,
      },
    ],
    prerequisites: [{ slug: "pwr-eps-architecture", required: true }],
  },
  {
    slug: "pwr-eclipse-and-orbit-power",
    title: "Eclipse Fraction and Orbit-Average Power",
    subsystem: "power",
    summary:
      "Calculating how long a LEO CubeSat spends in Earth's shadow as a function of altitude and beta angle, and what that means for power.",
    difficulty: "medium",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Calculating Eclipse Duration",
        isCheckpoint: true,
        bodyMarkdown: `During **eclipse** the solar arrays produce nothing and the battery carries all loads. How long eclipse lasts depends on the altitude h and the **beta angle** β, the angle between the orbit plane and the direction to the Sun.

For a circular orbit (cylindrical shadow model), the eclipse fraction is:

- f_e = (1 / 180°) × arccos( √(h² + 2 × Re × h) / ((Re + h) × cos β) ), for |β| < β*

where Re = 6,378 km. Above the critical angle **β\\* = arcsin(Re / (Re + h))**, the orbit sees no eclipse at all.

Example for h = 500 km and β = 0° (worst case):

- √(500² + 2 × 6,378 × 500) = √6,628,000 ≈ 2,574 km
- 2,574 / 6,878 = 0.374, and arccos(0.374) ≈ 68.0°
- f_e = 68.0 / 180 ≈ **0.378**, i.e. about **35.8 min** of a 94.6-minute orbit

At 500 km, β* ≈ 68°. Beta angle changes through the year with the Sun's seasonal motion and with the precession of the orbit plane, so eclipse duration varies. A sun-synchronous orbit has a nearly constant beta angle; an ISS orbit sweeps through a wide range over about two months.

**Orbit-average power** combines both phases: it is the energy generated during the sunlit part, shared over the entire orbit. Power budgets should use the **maximum eclipse** case unless the orbit guarantees otherwise.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-eps-architecture", required: true },
      { slug: "mo-orbits-and-tles", required: true },
    ],
  },
  {
    slug: "pwr-solar-array-sizing",
    title: "Solar Array Sizing",
    subsystem: "power",
    summary:
      "Sizing a CubeSat solar array from the load profile, eclipse and conversion efficiencies, and checking it against the available surface area.",
    difficulty: "medium",
    estimatedMinutes: 50,
    sections: [
      {
        title: "From Loads to Required Array Power",
        isCheckpoint: false,
        bodyMarkdown: `The solar array must supply the loads during daylight **and** recharge the battery for the next eclipse. A classic sizing formula (from *Space Mission Analysis and Design*) is:

- P_sa = ( (Pe × Te) / Xe + (Pd × Td) / Xd ) / Td

where:

- Pe, Pd – load power during eclipse and daylight
- Te, Td – eclipse and daylight durations
- Xe – efficiency of the path array → battery → loads (about 0.60 for DET, 0.65 for PPT)
- Xd – efficiency of the path array → loads (about 0.80 for DET, 0.85 for PPT)

Example: Pe = Pd = 5 W, Te = 36 min, Td = 58.6 min, PPT architecture:

- (5 × 36) / 0.65 = 276.9 W·min
- (5 × 58.6) / 0.85 = 344.7 W·min
- P_sa = (276.9 + 344.7) / 58.6 ≈ **10.6 W**

So a spacecraft consuming 5 W continuously needs about 10.6 W of array output while in sunlight, more than double its average load. This power must be available at **end of life** and in the pointing conditions of the mission, which is why array sizing continues with geometry and derating.`,
      },
      {
        title: "Array Geometry and Illumination",
        isCheckpoint: false,
        bodyMarkdown: `How much of the array sees the Sun depends on the attitude.

**Body-mounted panels** cover the outer faces of the structure. A 3U long face (about 10 × 34 cm) fits roughly seven standard triple-junction cells. In practice:

- a **sun-pointing** spacecraft gets the full output of one face (or two faces at 45°, giving √2 times one face's output)
- a **nadir-pointing** spacecraft sees the Sun at changing angles, and average power is a fraction of peak
- a **tumbling** spacecraft is estimated with a neat result from geometry: for any convex body in random orientation, the average projected area is one quarter of its total surface area

**Deployable panels** ("wings") increase area dramatically. A 3U with two double-sided deployed wings can reach about 20–30 W in sunlight, compared with roughly 4–8 W orbit-average for body-mounted cells only.

The result of this analysis is an **effective illumination factor**, the average cos θ over the sunlit part of the orbit for the expected attitude, which converts the array's normal-incidence power into realistic daylight power. Use the worst credible attitude, including safe mode, where the satellite may tumble.`,
      },
      {
        title: "Worked Sizing Example",
        isCheckpoint: true,
        bodyMarkdown: `Continue the example: the array must deliver **10.6 W** in daylight at end of life.

**Power per cell at normal incidence, beginning of life:**

- 1,361 W/m² × 0.0030 m² (30 cm² cell) × 0.295 efficiency ≈ 1.20 W

**Derating factors:**

| Factor | Value |
|---|---|
| Temperature (about 60 °C) | 0.90 |
| Assembly and wiring losses | 0.95 |
| Degradation over two years | 0.95 |
| Combined | 0.81 |

Each cell delivers about 1.20 × 0.81 ≈ 0.97 W at normal incidence. With perfect sun pointing the array needs 10.6 / 0.97 ≈ **11 cells**. If the attitude analysis gives an effective illumination factor of 0.7, the requirement becomes 10.6 / (0.97 × 0.7) ≈ **16 cells**.

**String voltage.** The converter needs enough input voltage. With a buck-type MPPT charging a 2S battery (up to 8.4 V), strings of five cells give about 11–12 V at the maximum power point when hot, comfortably above the battery voltage. Sixteen cells do not divide evenly into strings of five, so round up to 20 cells in four strings and check that they fit on the available faces.

Finally, re-run the check for safe mode, where the attitude is uncontrolled but the loads are low.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-solar-cells", required: true },
      { slug: "pwr-eclipse-and-orbit-power", required: true },
    ],
  },
  {
    slug: "pwr-li-ion-batteries",
    title: "Li-ion Batteries and Depth of Discharge",
    subsystem: "power",
    summary:
      "Lithium-ion cells and pack configurations for CubeSats, how depth of discharge drives cycle life, and how to charge and protect batteries safely.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Li-ion Cells and Pack Configurations",
        isCheckpoint: false,
        bodyMarkdown: `CubeSat batteries are almost always built from **lithium-ion** cells, either cylindrical **18650** cells or flat lithium-polymer pouches.

Typical 18650 characteristics:

- nominal voltage 3.6–3.7 V, fully charged 4.2 V, discharge cut-off about 2.5–3.0 V
- capacity 2.6–3.5 Ah, i.e. roughly 10–12 Wh per cell
- mass about 45–50 g

Packs are described by the number of cells in **series (S)** and in **parallel (P)**. Series cells add voltage, parallel cells add capacity:

| Configuration | Voltage range | Capacity with 3.0 Ah cells | Energy |
|---|---|---|---|
| 1S4P | 3.0–4.2 V | 12 Ah | about 43 Wh |
| 2S2P | 6.0–8.4 V | 6 Ah | about 43 Wh |
| 4S1P | 12.0–16.8 V | 3 Ah | about 43 Wh |

Energy is E = V_nominal × capacity; for a 2S2P pack, 7.2 V × 6 Ah = **43.2 Wh**. The choice of configuration follows the bus architecture: a 2S pack gives a bus that suits 5 V converters and many radios; higher voltages suit high-power payloads or propulsion.

Cells in series must be **balanced**, kept at the same state of charge, otherwise the weakest cell limits the pack and may be overcharged or overdischarged.`,
      },
      {
        title: "Depth of Discharge and Cycle Life",
        isCheckpoint: false,
        bodyMarkdown: `A LEO satellite completes about **15 orbits per day**, so its battery goes through roughly **5,500 charge-discharge cycles per year**. Li-ion cycle life depends strongly on the **depth of discharge (DoD)**, the fraction of capacity removed in each cycle:

- DoD = E_eclipse / (E_battery × η_discharge)

Cells that survive only several hundred cycles at 100 % DoD can survive many thousands of cycles at shallow DoD. For multi-year LEO missions designers therefore commonly limit DoD to around **20–30 %** per orbit; short missions may accept more.

Example: eclipse load 5 W for 36 min (0.6 h) = 3.0 Wh. With a 43.2 Wh pack and 95 % discharge efficiency:

- DoD = 3.0 / (43.2 × 0.95) ≈ **7.3 %**

This is very comfortable. The same pack would reach about 30 % DoD if eclipse loads rose to about 20 W, for example with a heater and a transmitter both on.

Other factors also age cells: **high temperature**, **high state of charge** (keeping cells at 4.2 V) and **high charge or discharge currents**. Some missions lower the end-of-charge voltage slightly, for example to 4.1 V per cell, trading a little capacity for longer life.`,
      },
      {
        title: "Charging, Protection and Safety",
        isCheckpoint: true,
        bodyMarkdown: `Li-ion cells are charged with a **constant current / constant voltage (CC-CV)** profile: constant current until the cell reaches 4.2 V (or the chosen limit), then constant voltage while the current tapers off.

Protection functions every CubeSat battery needs:

- **Overcharge protection** – never exceed the maximum cell voltage
- **Overdischarge protection** – disconnect loads before cells are damaged by very low voltage
- **Overcurrent and short-circuit protection**
- **Temperature limits** – Li-ion must **not be charged below about 0 °C**, because metallic lithium plates onto the anode, permanently reducing capacity and creating internal short-circuit risks. Many packs include heaters with autonomous thermostats for this reason.

**Safety** is a launch-provider concern. A cell in **thermal runaway** can vent flammable gas and burn. Launch providers and the ISS require evidence of cell screening, protection circuitry and testing; for ISS deployment, NASA's JSC-20793 standard is the reference.

Operational rules:

- follow the launch provider's rules on state of charge for storage and launch
- store cells cool and at moderate charge when not in use
- log every charge, discharge and test of the flight cells`,
      },
    ],
    prerequisites: [{ slug: "pwr-eps-architecture", required: true }],
  },
  {
    slug: "pwr-power-budget",
    title: "Building a Power Budget",
    subsystem: "power",
    summary:
      "Listing loads, modes and duty cycles to compute orbit-average consumption, and checking the energy balance per orbit with margin.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Loads, Modes and Duty Cycles",
        isCheckpoint: false,
        bodyMarkdown: `A **power budget** lists every electrical load with its power in each operating mode and its **duty cycle**, the fraction of time it is on. The orbit-average consumption is:

- P_avg = Σ (P_i × D_i)

Example for a 3U in nominal mode:

| Load | Power when on | Duty cycle | Orbit average |
|---|---|---|---|
| OBC | 0.4 W | 100 % | 0.40 W |
| UHF receiver | 0.2 W | 100 % | 0.20 W |
| UHF transmitter | 4.0 W | 5 % | 0.20 W |
| ADCS (sensors, wheels, magnetorquers) | 1.5 W | 100 % | 1.50 W |
| Payload camera | 3.0 W | 20 % | 0.60 W |
| **Total at loads** | | | **2.90 W** |

Add **conversion losses**: if the regulators are about 90 % efficient, the battery side must supply 2.90 / 0.9 ≈ 3.2 W.

Key points:

- Use **measured** power values as soon as hardware exists; datasheet values are often optimistic or refer to different conditions.
- Include easily forgotten loads: heaters in cold cases, burn wires during deployment, EPS quiescent consumption.
- Make a budget **per mode**: safe, nominal, science and downlink-intensive.
- Note peak powers separately: a transmitter and a heater on at the same time set the maximum current the EPS must deliver.`,
      },
      {
        title: "Energy Balance per Orbit",
        isCheckpoint: true,
        bodyMarkdown: `A power budget only makes sense when compared with generation over a full orbit. The **energy balance** is:

- E_generated = P_array,daylight × T_daylight × η_charge-path
- E_consumed = P_avg × T_orbit
- Balance = E_generated − E_consumed

The balance must be positive, with **margin**, in every mode the spacecraft stays in for more than a few orbits. A common target is at least about 20 % margin during early design, reducing as values become measured.

Use **worst-case** conditions for the main check:

- maximum eclipse duration (lowest beta angle)
- end-of-life solar array output
- hot solar panels (lower efficiency)
- the attitude of that mode, including tumbling in safe mode

**Safe mode must be power-positive** under all these conditions, with the spacecraft in an arbitrary attitude. If it is not, a fault that puts the satellite in safe mode can slowly drain the battery until the satellite dies.

Modes that are energy-negative, such as long payload runs or high-rate downlinks, are allowed if they are limited in time and the battery can recover afterwards. Check them with a time simulation of the battery state of charge rather than an average budget alone.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-eclipse-and-orbit-power", required: true },
      { slug: "mo-concept-of-operations", required: true },
    ],
  },
  {
    slug: "pwr-mppt",
    title: "Maximum Power Point Tracking",
    subsystem: "power",
    summary:
      "Why the maximum power point moves, how MPPT algorithms find it, and how MPPT converters are arranged on a CubeSat.",
    difficulty: "hard",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Tracking the Maximum Power Point",
        isCheckpoint: true,
        bodyMarkdown: `A solar array delivers maximum power at one point on its I-V curve, the **maximum power point (MPP)**. The MPP moves with conditions:

- **Temperature:** cold arrays leaving eclipse have a much higher Vmp than hot arrays at the end of daylight.
- **Irradiance and angle:** current scales with illumination, and Vmp shifts slightly.
- **Aging:** radiation damage changes the curve over the mission.

An **MPPT converter** is a DC-DC converter (buck, boost or buck-boost/SEPIC) whose input voltage is controlled so that the array operates at its MPP, independent of the battery voltage.

Common algorithms:

| Algorithm | Principle | Notes |
|---|---|---|
| Perturb and observe | Step the operating voltage; keep the direction if power rises, reverse if it falls | Simple; oscillates slightly around the MPP |
| Incremental conductance | Uses dI/dV = −I/V at the MPP | Responds better to fast changes |
| Fixed voltage fraction | Operates at a fixed fraction (about 0.76–0.8) of Voc | Simple but not optimal |

On CubeSats each face or panel usually gets **its own MPPT channel**, because faces are illuminated at different angles and temperatures; putting them in parallel on one tracker forces them to a common, non-optimal voltage.

Compared with direct energy transfer, MPPT typically gains 10–20 % of energy over an orbit, most of it in the cold minutes after eclipse.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-solar-cells", required: true },
      { slug: "pwr-eps-architecture", required: false },
    ],
  },
  {
    slug: "pwr-distribution-protection",
    title: "Power Distribution and Protection",
    subsystem: "power",
    summary:
      "Switched rails, current limiters and latch-up protection, inhibits, harness sizing and grounding in a CubeSat power distribution system.",
    difficulty: "hard",
    estimatedMinutes: 50,
    sections: [
      {
        title: "Switched Power Rails and Inhibits",
        isCheckpoint: false,
        bodyMarkdown: `Power distribution delivers energy from the buses to the loads in a controlled way. Good practice is to give each significant load its **own switched output**, implemented with a high-side MOSFET load switch controlled by the OBC or the EPS microcontroller.

Benefits of switched, monitored outputs:

- loads can be turned off to save energy or during safe mode
- a faulty load can be **power-cycled** to clear a hang or a latch-up
- **voltage and current telemetry per rail** reveals faults and aging

Some loads must stay powered whenever the spacecraft is alive, usually the OBC and the receiver, and these rails need special care so that a software error cannot switch them off permanently.

Separately, **inhibits** prevent the satellite from operating inside the dispenser:

- **deployment switches** physically interrupt the power path from the battery and solar arrays until ejection
- a **remove-before-flight (RBF) pin** provides the same function during ground handling

Launch providers specify how many independent inhibits are required; for example, more inhibits are needed for RF transmitters and deployables on ISS missions. Design the inhibits early, because they affect the EPS board, the harness and the mechanical switch positions.`,
      },
      {
        title: "Overcurrent and Latch-up Protection",
        isCheckpoint: false,
        bodyMarkdown: `Every output needs **overcurrent protection**, so that a short circuit in one load does not pull down the whole bus.

| Device | Behaviour | Notes |
|---|---|---|
| Fuse | Opens permanently | Simple but irreversible; rare in CubeSats except at battery level |
| Polyfuse (PTC) | Resistance rises when hot | Slow, trip point depends on temperature; poor in vacuum |
| eFuse / load switch with current limit | Electronic limit with fast response | Can auto-retry or latch off |
| Latching current limiter (LCL) | Limits current, then switches off after a set time | Standard on larger spacecraft; can be reset by command |

**Single-event latch-up (SEL)** is a special case. A latch-up in a CMOS device creates a low-resistance path and a current rise, often only tens to hundreds of milliamps above normal, which can destroy the device within milliseconds to seconds. Protection requires:

- a current threshold set **just above normal operating current**, per rail
- **fast detection and switch-off**, within milliseconds
- an automatic **power cycle** that restores the load once the latch-up is cleared
- a **counter** in telemetry, to correlate events with the radiation environment

Undervoltage protection completes the picture: when the battery falls below a threshold, the EPS sheds non-essential loads automatically, independently of the OBC.`,
      },
      {
        title: "Harness, Grounding and Inrush",
        isCheckpoint: true,
        bodyMarkdown: `**Wire sizing.** In vacuum there is no convection, so wires cool only by conduction and radiation and must be derated compared with ground use. Check voltage drop as well as heating:

- ΔV = I × R, with R = ρ × L / A

A 0.5 m round trip of 26 AWG copper (about 0.134 Ω/m) carrying 1 A drops about 67 mV, acceptable for a 5 V load but worth checking for low-voltage rails and high currents.

**Connectors.** Stack connector pins have current ratings, often 1–3 A per pin; use several pins in parallel for high-current rails and derate further at high temperature.

**Inrush current.** When a switch turns on a load with large input capacitance, the charging current can briefly be many times the steady current, tripping current limiters or causing bus voltage dips that reset other subsystems. Use load switches with **soft-start** (controlled slew rate) and size limiters with this in mind.

**Grounding.** Define a grounding scheme early: a single reference point for the power return, or a distributed ground plane with careful control of return paths. Ground loops and shared return paths carrying high currents cause measurement errors and noise in radios and sensors. Keep high-current and sensitive analogue returns separate and document the scheme in the electrical interface control document.`,
      },
    ],
    prerequisites: [{ slug: "pwr-eps-architecture", required: true }],
  },
  {
    slug: "pwr-energy-balance-simulation",
    title: "Orbit Energy-Balance Simulation",
    subsystem: "power",
    summary:
      "Building a time-step simulation of solar generation, loads and battery state of charge to verify the power system over days and across scenarios.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Why Simulate Energy Over Time",
        isCheckpoint: false,
        bodyMarkdown: `Static power budgets use averages. They cannot answer questions such as:

- Does the battery ever fall below its minimum state of charge during a long payload run?
- How many orbits does the spacecraft need to recover after a high-power downlink?
- What happens if safe mode starts just before a long eclipse with a low battery?
- Does the state of charge drift downwards over several days?

An **energy-balance simulation** steps through time and tracks the battery's **state of charge (SoC)**. At each time step it computes:

1. the spacecraft position (orbit propagation) and the Sun vector
2. whether the spacecraft is in eclipse
3. the spacecraft attitude and the incidence angle on each solar panel
4. the power generated by each panel, including temperature and efficiency
5. the loads active in the current mode and schedule
6. the resulting battery charge or discharge and the new SoC

The output is a time history of SoC, bus voltage, generated power and consumed power, the evidence that the power design works over realistic operations rather than on average.`,
      },
      {
        title: "Building the Model",
        isCheckpoint: false,
        bodyMarkdown: `A simple but useful model can be written in about a hundred lines of Python or MATLAB.

**Orbit and Sun:** propagate with SGP4 from a TLE, or a simple circular orbit; compute the Sun position from an ephemeris (libraries such as Skyfield provide both) and determine eclipse with a cylindrical or conical shadow model.

**Generation:** for each panel,

- P_panel = S × A × η(T) × max(0, cos θ) × derating

where θ is the angle between the panel normal and the Sun vector in the chosen attitude.

**Loads:** a list of loads with on/off states driven by the mode and the schedule.

**Battery update** with time step Δt (for example 10–60 s):

- if P_gen > P_load: E(t + Δt) = E(t) + (P_gen − P_load) × η_charge × Δt
- otherwise: E(t + Δt) = E(t) − (P_load − P_gen) / η_discharge × Δt
- clamp E between 0 and full capacity; when the battery is full, excess power is not stored

Refinements include charge-current limits, end-of-charge taper, battery voltage as a function of SoC, and automatic load shedding when SoC falls below the safe-mode threshold, which the simulation should reproduce just as the flight software does.`,
      },
      {
        title: "Scenarios to Run",
        isCheckpoint: false,
        bodyMarkdown: `Run the simulation for several days in each of the following scenarios:

| Scenario | Why it matters |
|---|---|
| Maximum eclipse, end-of-life arrays, nominal mode | Baseline worst case for routine operations |
| Minimum eclipse, hot arrays | Check battery full-charge behaviour and excess power |
| Safe mode, tumbling, maximum eclipse | Must remain power-positive indefinitely |
| Launch and early orbit: antennas and panels stowed, detumbling | Deployables and attitude differ from nominal |
| Payload-intensive day with several downlinks | Peak energy demand and recovery time |
| One failed solar string or panel | Robustness to a credible failure |
| Low initial state of charge after long storage | Can the satellite bootstrap itself? |

For each scenario record the **minimum SoC**, the **maximum DoD per orbit** and whether the SoC at the same point of each orbit is rising, steady or falling.

Start the simulation with a realistic initial SoC and run long enough to reach a repeating pattern; the first orbits are often misleading.`,
      },
      {
        title: "Interpreting the Results",
        isCheckpoint: true,
        bodyMarkdown: `Read the simulation output with a few questions in mind.

**Is the system energy-positive?** Compare the SoC at the same orbital position (for example at eclipse exit) on successive orbits. If it keeps falling, the mode is not sustainable, even if the battery has not yet reached its limit.

**Is the depth of discharge acceptable?** Check the maximum DoD against the cycle-life target from the battery analysis.

**How sensitive is the result?** Vary the uncertain inputs: array efficiency, temperature, attitude, load powers and converter efficiencies. If a 10 % change in one parameter turns a positive balance negative, that parameter needs better data or the design needs more margin.

**Does the autonomous logic work?** Confirm that load shedding and safe-mode transitions happen at the intended thresholds and that the spacecraft recovers afterwards.

Finally, **validate the model**: compare it with measured data from solar array tests, battery tests and flatsat power measurements before launch, and with real telemetry after launch. A validated model becomes a powerful operations tool for planning payload activities. Tools range from custom Python scripts to frameworks such as Basilisk, GMAT-based workflows or commercial packages such as STK.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-solar-array-sizing", required: true },
      { slug: "pwr-li-ion-batteries", required: true },
    ],
  },
  {
    slug: "pwr-eps-testing",
    title: "EPS Testing and Verification",
    subsystem: "power",
    summary:
      "Testing solar arrays, batteries and the integrated power system, from bench measurements to orbit-profile runs and pre-launch safety checks.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Test Levels for the EPS",
        isCheckpoint: false,
        bodyMarkdown: `EPS verification proceeds from parts to the integrated spacecraft:

1. **Board-level functional tests:** each converter, switch, limiter and telemetry channel is checked against its specification, including efficiency at several loads and input voltages.
2. **Solar array tests:** each panel's electrical output and integrity.
3. **Battery tests:** capacity, internal resistance and protection functions of the flight pack.
4. **Integrated EPS tests:** arrays (or a simulator), EPS board and battery working together with real or simulated loads.
5. **System-level tests:** the complete satellite running its flight software, including thermal vacuum testing.

Write a test procedure for each level, with pass/fail criteria derived from requirements, and keep the measured data. Baseline measurements from early tests become the reference for later ones: a converter whose efficiency drops by a few percent after vibration or thermal cycling indicates a problem.

Use **current-limited laboratory supplies** and protective fuses during early tests. Many EPS boards have been destroyed on the bench by a reversed battery connection or an unlimited supply, not in space.`,
      },
      {
        title: "Solar Array and Battery Tests",
        isCheckpoint: false,
        bodyMarkdown: `**Solar arrays:**

- **Illuminated I-V curve:** measured with a solar simulator (flasher) calibrated to AM0, or outdoors in sunlight with the results corrected for irradiance and temperature. Compare Isc, Voc and Pmax with expected values for the number of cells.
- **Dark I-V:** applying forward current in the dark reveals shunts and series-resistance problems.
- **Electroluminescence imaging:** with forward current applied, cells emit near-infrared light; a camera shows cracks and defects invisible to the eye.
- Repeat measurements after vibration and thermal tests.

**Batteries:**

- **Capacity test:** full charge, then discharge at a defined rate (for example C/5) to the cut-off voltage, recording the energy delivered.
- **Internal resistance:** measured from the voltage step under a current pulse.
- **Cell matching:** cells in a pack should have similar capacity and resistance.
- **Protection checks:** overcharge, overdischarge, overcurrent and temperature cut-offs must trip at the specified values.
- **Vacuum exposure:** cells are weighed and inspected before and after a vacuum soak to check for leaks or swelling.

Track every flight cell by serial number and record its full test history.`,
      },
      {
        title: "System-Level Power Tests",
        isCheckpoint: false,
        bodyMarkdown: `At system level, the EPS is tested as it will operate in orbit:

- A **solar array simulator (SAS)** reproduces the I-V curve of each panel and can follow a programmed orbit profile with daylight, eclipse and varying incidence. This tests MPPT behaviour and charging without real sunlight.
- Run **orbit-profile tests** for many orbits with the flight software and the real loads, and compare battery state of charge with the energy-balance simulation.
- Verify **protection functions** in the integrated system: short-circuit a switched output through a test load and confirm the limiter trips, the event is logged and the rest of the spacecraft keeps running.
- Test **undervoltage behaviour**: lower the supply gradually and confirm load shedding, safe-mode entry and recovery when power returns.
- Verify **inhibit behaviour** with the real deployment switches and RBF pin: with inhibits engaged, no power must reach the loads, and the satellite must start correctly when they are released.
- Include the EPS in **thermal vacuum testing**, with tests at hot and cold plateaus; battery heater control and converter efficiency both change with temperature.

Measure power consumption per mode during these tests and update the power budget with the measured values.`,
      },
      {
        title: "Safety and Pre-Launch Checks",
        isCheckpoint: true,
        bodyMarkdown: `The final weeks before delivery focus on safety and configuration:

- **Battery safety documentation:** launch providers require evidence such as cell screening records, protection circuit tests and sometimes specific test campaigns (for ISS deployment, per JSC-20793). Start this paperwork early.
- **Handling:** use ESD protection, insulated tools near battery terminals and a written procedure for connecting and disconnecting the battery.
- **Charge state:** charge the battery to the level agreed with the launch provider, record voltage and date, and estimate self-discharge until deployment.
- **Inhibit verification:** with the satellite in its flight configuration, confirm that deployment switches and the RBF pin really inhibit power, using the agreed test points or telemetry.
- **Final functional test:** a short checkout through the access port or umbilical confirms that the satellite is healthy after final assembly.
- **Configuration record:** software version, configuration tables and parameters as flown.

A final charge-and-check procedure executed by two people, with a signed checklist, avoids the classic failure of delivering a satellite with a flat battery or an inhibit in the wrong state.`,
      },
    ],
    prerequisites: [
      { slug: "pwr-distribution-protection", required: true },
      { slug: "pwr-energy-balance-simulation", required: false },
    ],
  },
  // ────────────────────────────── THERMAL ──────────────────────────────
  {
    slug: "thm-heat-transfer-in-vacuum",
    title: "Heat Transfer in Vacuum",
    subsystem: "thermal",
    summary:
      "Why conduction and radiation are the only ways a spacecraft moves heat, and how to estimate both with simple formulas.",
    difficulty: "easy",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Conduction Without Convection",
        isCheckpoint: false,
        bodyMarkdown: `On the ground, air carries heat away from electronics by **convection**. In orbit there is no air, so heat moves only by **conduction** through solid paths and by **radiation** between surfaces. A component that runs cool on the bench can overheat in vacuum.

Conduction through a bar or plate follows Fourier's law:

- Q = k × A × ΔT / L

where k is the thermal conductivity, A the cross-section, L the length and ΔT the temperature difference. It is convenient to use the **thermal resistance** R = L / (k × A), so that ΔT = Q × R, just like Ohm's law.

Example: an aluminium 6061 strap (k ≈ 167 W/(m·K)) with a 1 cm² cross-section and 5 cm length:

- R = 0.05 / (167 × 0.0001) ≈ 3.0 K/W
- carrying 2 W, it needs a temperature difference of about 6 K

**Contact resistance** at bolted joints is often larger than the resistance of the parts themselves, because in vacuum only the microscopic contact points conduct. It varies with bolt preload, surface finish and flatness. **Thermal interface materials**, such as gap pads or thermally conductive films, improve and stabilise contact; check them for outgassing.`,
      },
      {
        title: "Radiation Basics",
        isCheckpoint: true,
        bodyMarkdown: `Every surface emits thermal radiation according to the **Stefan–Boltzmann law**:

- Q = ε × σ × A × T⁴

where ε is the surface **emissivity** (0 to 1), σ = 5.67 × 10⁻⁸ W/(m²·K⁴), A the area and T the absolute temperature in kelvin.

Example: a 10 cm × 10 cm face (A = 0.01 m²) with ε = 0.85 at 20 °C (293 K):

- Q = 0.85 × 5.67 × 10⁻⁸ × 0.01 × 293⁴ ≈ **3.5 W**

This is the only way a spacecraft can reject heat to space, so the external surfaces act as **radiators**. The T⁴ dependence is strong: a face at 60 °C radiates about 67 % more than at 20 °C, which naturally stabilises temperatures.

Inside the spacecraft, boards and walls also exchange heat by radiation, which is why internal surfaces are often black (high ε) to spread heat evenly, unless a component needs to be isolated. In a CubeSat the main internal conduction paths are the **PCB stack** (through spacers, standoffs and connectors) and the **frame and rails**, with the external panels acting as radiators.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "thm-radiation-view-factors",
    title: "Thermal Radiation and View Factors",
    subsystem: "thermal",
    summary:
      "Absorptivity versus emissivity, view factors between surfaces and to Earth, and radiative exchange between real surfaces.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Emission, Absorption and Kirchhoff's Law",
        isCheckpoint: false,
        bodyMarkdown: `A **blackbody** absorbs all incident radiation and emits the maximum possible at its temperature. Real surfaces are described by:

- **Emissivity ε:** how much a surface emits compared with a blackbody at the same temperature.
- **Absorptivity α:** the fraction of incident radiation absorbed.

**Kirchhoff's law** says that at a given wavelength, α_λ = ε_λ. The key insight for spacecraft is that sunlight and thermal emission occupy **different wavelengths**:

- sunlight (a roughly 5,800 K source) peaks in the visible, mostly within 0.25–2.5 µm
- a spacecraft at about 300 K emits in the infrared, around 5–50 µm

So thermal engineers use two different numbers for each surface: **α, the solar absorptivity**, and **ε, the infrared emissivity**. A white paint can absorb little sunlight (low α) yet emit strongly in the infrared (high ε); polished metals have low values of both.

The ratio **α/ε** largely sets how hot a sunlit surface becomes, while ε alone governs how well a surface rejects heat in shadow. Choosing surface finishes with the right combination is the main passive tool of CubeSat thermal design.`,
      },
      {
        title: "View Factors",
        isCheckpoint: false,
        bodyMarkdown: `The **view factor** F_ij is the fraction of radiation leaving surface i that directly reaches surface j. It depends only on geometry.

Useful rules:

- **Reciprocity:** A_i × F_ij = A_j × F_ji
- **Summation:** in a closed enclosure, Σ_j F_ij = 1 for every surface i
- A flat or convex surface cannot see itself: F_ii = 0

**View factor to Earth.** For a flat plate facing straight down (nadir) at altitude h:

- F = (Re / (Re + h))²

At 500 km: F = (6,378 / 6,878)² ≈ **0.86**. A nadir-facing panel in LEO sees Earth across most of its field of view, which is why Earth infrared and albedo matter so much. A panel facing zenith sees none of the Earth (F = 0), and side panels see intermediate values.

For complex shapes, view factors are computed numerically by **ray tracing** in thermal tools. Hand values remain valuable for checking those tools and for simple first models, for example treating a CubeSat as six flat faces with view factors to Earth and deep space.`,
      },
      {
        title: "Radiative Exchange Between Surfaces",
        isCheckpoint: true,
        bodyMarkdown: `Net radiative exchange between two surfaces depends on temperatures, emissivities and view factors. For two large parallel plates:

- Q = σ × A × (T1⁴ − T2⁴) / (1/ε1 + 1/ε2 − 1)

With both emissivities at 0.85, the denominator is 1.35; with both at 0.05 (polished metal), it is 39, so the heat flow falls by a factor of about 29. Low-emissivity surfaces are therefore used to **isolate**, high-emissivity surfaces to **couple**.

A general network uses the **radiative exchange factor** (often written GR or "radiative conductance" divided by σ), which includes emissivities, multiple reflections and view factors. Thermal software computes these factors for every surface pair.

For small temperature differences, radiation can be linearised into an equivalent conductance per unit area:

- h_r ≈ 4 × ε × σ × T³

At 290 K with ε = 0.85: h_r ≈ 4 × 0.85 × 5.67 × 10⁻⁸ × 290³ ≈ **4.7 W/(m²·K)**.

This is a handy way to compare radiative and conductive paths: a 0.01 m² board face radiating to its neighbour has about 0.05 W/K of radiative conductance, comparable to a few small standoffs.`,
      },
    ],
    prerequisites: [{ slug: "thm-heat-transfer-in-vacuum", required: true }],
  },
  {
    slug: "thm-temperature-limits",
    title: "Component Temperature Limits and Margins",
    subsystem: "thermal",
    summary:
      "Operating and survival temperature limits of typical CubeSat components, and the margins between predicted, acceptance and qualification temperatures.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Operating and Survival Limits",
        isCheckpoint: false,
        bodyMarkdown: `The purpose of thermal control is simple: keep every component within its **allowable temperature range** throughout the mission. Each component has two ranges:

- **Operating limits:** the range in which it works to specification while powered.
- **Non-operating (survival) limits:** the range it tolerates unpowered without damage. Some components also have **turn-on limits**, the range in which they may be switched on safely.

Typical values (always use the datasheet of your actual part):

| Component | Operating range |
|---|---|
| Li-ion battery, charging | about 0 to +45 °C |
| Li-ion battery, discharging | about −20 to +60 °C |
| Industrial-grade electronics | −40 to +85 °C |
| Commercial-grade electronics | 0 to +70 °C |
| Triple-junction solar panels | roughly −100 to +100 °C |
| Camera detectors and optics | often a narrow band, e.g. 0 to +30 °C, to limit noise and keep focus |
| Crystal oscillators | wide range, but frequency drifts with temperature |

The **battery** is usually the most constraining item in a CubeSat: its range is narrow, it is sensitive at both ends, and it is often mounted deep in the stack where its temperature is governed by everything else.`,
      },
      {
        title: "Design Margins and Uncertainty",
        isCheckpoint: true,
        bodyMarkdown: `Thermal predictions are uncertain, so designs and tests use margins. The standard approach (for example in ECSS-E-ST-31C, and similarly in NASA's GEVS) builds nested temperature ranges:

| Range | Definition |
|---|---|
| Calculated | Output of the thermal model for the hot and cold cases |
| Predicted | Calculated range widened by an **uncertainty margin**, often about 10 °C before the model is correlated with test data, less afterwards |
| Acceptance | Predicted range plus an **acceptance margin** of about 5 °C; flight hardware is tested over this range |
| Qualification | Acceptance range plus a **qualification margin** of about 5 °C; qualification or protoflight tests use this range |

The design goal is that the **qualification range stays inside the component's allowable limits**. If, for example, the model predicts a battery range of +5 to +30 °C before correlation, the predicted range becomes −5 to +40 °C, already outside the 0 °C charging limit. The design then needs a heater, a better conductive path or different surface finishes.

Margins may feel conservative, but early CubeSat thermal models are typically uncertain by 10 °C or more, especially because of bolted joint conductances and internal radiation inside the stack.`,
      },
    ],
    prerequisites: [{ slug: "thm-heat-transfer-in-vacuum", required: true }],
  },
  {
    slug: "thm-orbital-thermal-environment",
    title: "Orbital Thermal Environment: Solar, Albedo and Earth IR",
    subsystem: "thermal",
    summary:
      "The three external heat sources in low Earth orbit and how beta angle and eclipses change them through the year.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Three External Heat Sources",
        isCheckpoint: false,
        bodyMarkdown: `A satellite in LEO absorbs heat from three external sources:

1. **Direct sunlight:** the solar flux varies from about **1,322 W/m²** at aphelion (early July) to about **1,414 W/m²** at perihelion (early January), with a mean of about 1,361 W/m².
2. **Albedo:** sunlight reflected by Earth. The fraction reflected, the albedo coefficient a, averages about 0.3 but varies from about 0.2 over oceans to 0.4 or more over clouds and ice. Albedo is present only over the sunlit side of Earth and is strongest near the subsolar point.
3. **Earth infrared (IR):** Earth emits thermal radiation, on average about **237 W/m²** at the top of the atmosphere, varying roughly between 220 and 260 W/m² with latitude and clouds. It is present day and night.

The absorbed external heat on a surface is approximately:

- Q_sun = α × A × S × cos θ
- Q_albedo = α × A × S × a × F_earth × (geometry factor)
- Q_IR = ε × A × q_IR × F_earth

Note that solar and albedo heating depend on **α**, while Earth IR depends on **ε**, because Earth's emission is in the infrared. Add the **internal dissipation** of electronics, and the total must be balanced by the radiation emitted from the spacecraft's surfaces.`,
      },
      {
        title: "Beta Angle, Eclipses and Seasons",
        isCheckpoint: true,
        bodyMarkdown: `The **beta angle** β, the angle between the orbit plane and the Sun direction, controls how much sunlight a LEO satellite receives.

- **Low β (near 0°):** the Sun lies in the orbit plane, and eclipses are longest (about 36 minutes at 500 km). The satellite alternates between full sun and deep shadow, producing the **largest temperature swings and the coldest minimum temperatures**.
- **High β:** eclipses shorten and, above a critical angle (about 68° at 500 km), disappear completely. The satellite is in permanent sunlight, often producing the **hottest conditions**, especially for Sun-facing surfaces.

Beta angle changes over time:

- with the **seasons**, as the Sun's declination varies by ±23.45°
- with the **precession** of the orbit plane; for the ISS orbit β cycles between about ±75° roughly every two months
- for **sun-synchronous orbits**, β stays nearly constant, varying mainly with the seasons; a dawn-dusk orbit has a high β all year

During eclipse, temperatures fall at a rate set by the spacecraft's **thermal capacitance**. A CubeSat's thermal time constant is often of the same order as the orbit period, so temperatures oscillate around an orbit-average value rather than reaching sunlit or eclipse equilibrium.`,
      },
    ],
    prerequisites: [
      { slug: "thm-heat-transfer-in-vacuum", required: true },
      { slug: "mo-orbits-and-tles", required: true },
    ],
  },
  {
    slug: "thm-coatings-alpha-epsilon",
    title: "Surface Coatings: Absorptivity and Emissivity",
    subsystem: "thermal",
    summary:
      "How surface finishes with different α and ε values set spacecraft temperatures, with typical values and degradation effects.",
    difficulty: "medium",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Choosing Surface Finishes",
        isCheckpoint: true,
        bodyMarkdown: `Surface finishes are the cheapest and most powerful passive thermal control tool on a CubeSat. Approximate values (they vary with supplier, thickness and process, so use measured data when possible):

| Finish | α (solar) | ε (IR) | α/ε |
|---|---|---|---|
| Black paint | about 0.95 | about 0.88 | about 1.1 |
| White paint | about 0.15–0.25 | about 0.9 | about 0.2 |
| Black anodised aluminium | about 0.65–0.9 | about 0.8–0.88 | about 1 |
| Clear anodised aluminium | about 0.3–0.4 | about 0.6–0.8 | about 0.5 |
| Polished aluminium | about 0.1–0.2 | about 0.03–0.05 | about 3–5 |
| Gold (deposited) | about 0.2–0.3 | about 0.03 | about 8 |
| Silver-coated Teflon / optical solar reflector | about 0.08 | about 0.8 | about 0.1 |
| Triple-junction solar cells | about 0.9 | about 0.85 | about 1.1 |

For a sphere in sunlight with no other heat input, the equilibrium temperature is:

- T = ( (α / ε) × S / (4 × σ) )^(1/4)

With α/ε = 1 and S = 1,361 W/m², T ≈ 278 K (5 °C). With white paint (α/ε ≈ 0.17), T drops to about 178 K; with polished metal (α/ε ≈ 4), it rises to about 390 K. **Low α/ε makes a surface cold in sunlight, high α/ε makes it hot.**

Coatings **degrade** in orbit: ultraviolet light and atomic oxygen darken white paints and contamination films, increasing α over the mission. Use end-of-life α for hot cases and beginning-of-life values for cold cases.`,
      },
    ],
    prerequisites: [{ slug: "thm-radiation-view-factors", required: true }],
  },
  {
    slug: "thm-mli-and-insulation",
    title: "Multi-Layer Insulation",
    subsystem: "thermal",
    summary:
      "How multi-layer insulation blocks radiative heat transfer, how it performs in practice, and where it is useful on a CubeSat.",
    difficulty: "medium",
    estimatedMinutes: 25,
    sections: [
      {
        title: "How MLI Works and Where to Use It",
        isCheckpoint: true,
        bodyMarkdown: `**Multi-layer insulation (MLI)** is the shiny blanket seen on many spacecraft. It consists of many thin polymer films (Kapton or Mylar), each coated with vapour-deposited aluminium, separated by low-conductance spacers such as Dacron netting, so that heat passes from layer to layer mainly by radiation.

Each low-emissivity layer acts as a **radiation shield**. Placing N shields of the same emissivity between two surfaces reduces the radiative heat flow by a factor of roughly N + 1 compared with the two surfaces facing each other directly.

In theory, a blanket with 10–20 layers reaches an effective emittance ε* well below 0.01. In practice, blankets reach about **0.01–0.05** because of:

- conduction through compressed areas and spacers
- **seams, edges and penetrations** (cables, brackets), which dominate small blankets
- fasteners and attachment points

Practical considerations:

- blankets must be **vented** so trapped air escapes during launch
- layers are **electrically grounded** to prevent charge build-up and discharges
- outer layers must resist atomic oxygen and UV

On CubeSats, space is tight: the CDS protrusion envelope leaves little room, and small blankets perform poorly because edge effects dominate. MLI is mostly used locally, around batteries, optical payloads or propulsion tanks, or inside the structure to isolate a sensitive unit from cold walls.`,
      },
    ],
    prerequisites: [{ slug: "thm-radiation-view-factors", required: true }],
  },
  {
    slug: "thm-hot-cold-cases",
    title: "Hot and Cold Cases and Energy Balance",
    subsystem: "thermal",
    summary:
      "Defining worst-case hot and cold scenarios, solving a single-node energy balance, and understanding transient behaviour over an orbit.",
    difficulty: "hard",
    estimatedMinutes: 50,
    sections: [
      {
        title: "Defining the Worst Cases",
        isCheckpoint: false,
        bodyMarkdown: `Thermal design is verified against two bounding scenarios, chosen so that all realistic conditions lie between them:

| Parameter | Hot case | Cold case |
|---|---|---|
| Solar flux | 1,414 W/m² (perihelion) | 1,322 W/m² (aphelion) |
| Albedo coefficient | High (about 0.35–0.4) | Low (about 0.2–0.25) |
| Earth IR | High (about 260 W/m²) | Low (about 220 W/m²) |
| Beta angle | Giving shortest (or no) eclipse | Giving longest eclipse |
| Internal dissipation | Maximum, e.g. payload and transmitter on | Minimum, e.g. safe mode |
| Surface properties | End-of-life (degraded, higher α) | Beginning-of-life |
| Attitude | Most sun on the radiators | Least sun, radiators facing space |

Not every combination is physically consistent: for example, perihelion happens in January, so check which beta angles are possible then. But combining extremes is the accepted conservative approach.

Several hot and cold cases are often needed, because different components have different worst cases: the payload may be hottest during imaging, while the battery is coldest in safe mode during a long eclipse. Each component's predicted range comes from the most extreme case for that component.`,
      },
      {
        title: "Single-Node Energy Balance",
        isCheckpoint: false,
        bodyMarkdown: `The simplest thermal model treats the whole spacecraft as **one node** at a single temperature. In steady state, absorbed heat equals emitted heat:

- Q_sun + Q_albedo + Q_IR + Q_internal = ε × σ × A_total × T⁴

Example: a 1U CubeSat (six faces of 0.01 m², A_total = 0.06 m²) with average α = 0.7 and ε = 0.85, one face towards the Sun and one towards Earth (hot environment, sunlit, near the subsolar point):

- Q_sun = 0.7 × 1,414 × 0.01 ≈ 9.9 W
- Q_albedo = 0.7 × 1,414 × 0.35 × 0.01 × 0.86 ≈ 3.0 W
- Q_IR = 0.85 × 260 × 0.01 × 0.86 ≈ 1.9 W
- Q_internal = 2.0 W
- Total ≈ 16.8 W

Solving for T:

- T = (16.8 / (0.85 × 5.67 × 10⁻⁸ × 0.06))^(1/4) ≈ 276 K ≈ **3 °C**

In eclipse only Earth IR and internal heat remain, about 3.9 W, and the steady-state answer drops to about 192 K (−81 °C). Real temperatures never get that low during a 36-minute eclipse, because the spacecraft's thermal mass slows cooling, which is the subject of the next section.`,
      },
      {
        title: "Transient Behaviour and Orbit Averages",
        isCheckpoint: true,
        bodyMarkdown: `A node with thermal capacitance C = m × c responds to changes in heat load with a **time constant** approximately:

- τ = C / G, with radiative conductance G ≈ 4 × ε × σ × A × T³

For the 1U example: m = 1.3 kg and c ≈ 900 J/(kg·K) (aluminium-dominated) give C ≈ 1,170 J/K. At 276 K, G ≈ 4 × 0.85 × 5.67 × 10⁻⁸ × 0.06 × 276³ ≈ 0.24 W/K, so τ ≈ 1,170 / 0.24 ≈ **4,800 s, about 80 minutes**, similar to the orbit period.

Consequences:

- temperatures do not reach sunlit or eclipse equilibrium; they oscillate around an **orbit-average** value with an amplitude of some tens of degrees for the outer panels and less inside the stack
- the orbit-average temperature can be estimated from the orbit-averaged heat input: with 16.8 W for 58.6 min and 3.9 W for 36 min, the average is about 11.9 W, giving T ≈ 253 K (about −20 °C)
- light, exposed parts such as solar panels and antennas have short time constants and follow the environment closely, swinging much more than the core

This simple 1U would run cold on average. A designer would respond by changing surface finishes (α/ε), adding insulation or heat paths, or budgeting heater power. Single-node models guide these early choices before a detailed multi-node model exists.`,
      },
    ],
    prerequisites: [
      { slug: "thm-orbital-thermal-environment", required: true },
      { slug: "thm-coatings-alpha-epsilon", required: false },
      { slug: "pwr-power-budget", required: true },
    ],
  },
  {
    slug: "thm-heaters-and-control",
    title: "Heaters and Thermostatic Control",
    subsystem: "thermal",
    summary:
      "Sizing film heaters, controlling them with thermostats or software, and protecting the power system against heater failures.",
    difficulty: "hard",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Why, Where and How Much Heater Power",
        isCheckpoint: false,
        bodyMarkdown: `When passive design cannot keep a component above its minimum temperature in the cold case, a **heater** adds the missing energy. On CubeSats the most common heater location is the **battery**, because Li-ion cells must not be charged below about 0 °C. Other candidates are optics (to hold focus), propulsion lines and sensitive oscillators.

CubeSat heaters are usually **polyimide (Kapton) film heaters**: an etched resistive foil laminated between polyimide layers, bonded to the component with a space-qualified adhesive. Power follows:

- P = V² / R

For a 2 W heater on an 8 V battery bus: R = 8² / 2 = **32 Ω**. Remember that the battery voltage varies (for example 6.0–8.4 V for a 2S pack), so power varies by nearly a factor of two over the range: at 6.0 V the same heater gives only about 1.1 W.

Size the heater from the **cold-case heat leak**: the power needed to hold the component at its minimum temperature with everything else at cold-case conditions, plus margin (often 25 % or more). Then check the **energy cost** in the power budget: heaters run mostly in eclipse, exactly when the battery is discharging.`,
      },
      {
        title: "Control Strategies and Failure Protection",
        isCheckpoint: true,
        bodyMarkdown: `Heaters are switched on and off by a control loop:

| Method | Description | Notes |
|---|---|---|
| Mechanical thermostat | Bimetallic switch in series with the heater | Independent of software; fixed setpoints; can fail open or closed |
| Autonomous hardware control | Comparator circuit on the EPS or battery board | Works even if the OBC is down |
| Software bang-bang control | OBC reads a thermistor, switches the heater with hysteresis | Flexible; setpoints changeable by command |
| Proportional / PWM control | Duty cycle proportional to temperature error | Smoother temperature, useful for optics |

Use **hysteresis** to avoid rapid switching: for example, heater on below +2 °C and off above +5 °C.

Failure modes to design against:

- **Heater stuck on** (failed switch or software bug): it can overheat the component and drain the battery. Monitor heater current and add an independent over-temperature cut-off.
- **Sensor failure:** a disconnected thermistor may read as very cold or very hot. Plausibility checks and a fallback duty cycle help.
- **OBC reset or hang:** battery heaters that depend on software stop working exactly when needed. Autonomous hardware control is the safer choice for the battery.

Telemetry should include heater state, duty cycle and the temperatures used for control.`,
      },
    ],
    prerequisites: [
      { slug: "thm-hot-cold-cases", required: true },
      { slug: "pwr-distribution-protection", required: false },
    ],
  },
  {
    slug: "thm-nodal-modelling",
    title: "Thermal Modelling with Lumped Nodes",
    subsystem: "thermal",
    summary:
      "Building a lumped-parameter thermal network of a CubeSat, computing its behaviour over orbits, and correlating it with test data.",
    difficulty: "hard",
    estimatedMinutes: 55,
    sections: [
      {
        title: "Lumped-Parameter Thermal Networks",
        isCheckpoint: false,
        bodyMarkdown: `A detailed thermal model divides the spacecraft into **nodes**, each representing a piece of hardware at a single uniform temperature, with a **thermal capacitance** C_i = m_i × c_i. Nodes are connected by:

- **Conductive links:** G_ij = k × A / L for continuous material, or a contact conductance for bolted joints
- **Radiative links:** σ × GR_ij, where GR_ij is the radiative exchange factor, including emissivities and view factors

The temperature of each node evolves according to:

- C_i × dT_i/dt = Q_i + Σ G_ij × (T_j − T_i) + Σ σ × GR_ij × (T_j⁴ − T_i⁴)

where Q_i is the sum of external heating (solar, albedo, Earth IR absorbed by that node) and internal dissipation.

This is the same mathematics as an electrical circuit of resistors and capacitors, and the network is solved numerically: in steady state by iterating until all net heat flows vanish, and in transient mode by time-stepping through the orbit. Commercial tools (Thermal Desktop, ESATAN-TMS, Siemens Simcenter) automate geometry, ray tracing and solving, but a small network of 10–30 nodes can be written and solved in Python to understand the method.`,
      },
      {
        title: "Building a CubeSat Model",
        isCheckpoint: false,
        bodyMarkdown: `A practical CubeSat thermal model might have a few dozen to a few hundred nodes:

- each external panel or solar panel, subdivided if it has large gradients
- the frame and rails
- each PCB in the stack, with extra nodes for hot components (radio power amplifier, processor)
- the battery pack
- payload parts: detector, optics, electronics
- deployed antennas and other appendages

Steps to build it:

1. Create simplified **geometry** for the radiation model, with optical properties (α, ε) for every surface.
2. Compute **radiative exchange factors** and orbital heat loads by ray tracing over the orbit for each case.
3. Define **conductive links**: frame members, PCB stack spacers, bolted interfaces with contact conductances. These are the most uncertain inputs, so record assumptions and ranges.
4. Assign **internal dissipations** per mode, from the power budget, remembering that energy radiated by antennas leaves the spacecraft and is not dissipated as heat.
5. Run **transient orbit simulations** for hot and cold cases until the results repeat from orbit to orbit.

Check the model with sanity tests: an isolated node with no heat input should stay at its initial temperature, and total absorbed plus dissipated energy should equal energy radiated over an orbit in the converged state.`,
      },
      {
        title: "Correlation and Sensitivity",
        isCheckpoint: true,
        bodyMarkdown: `An uncorrelated model is only an estimate. **Correlation** adjusts the model so that it reproduces test measurements, typically from a thermal balance test in a vacuum chamber.

Correlation process:

1. Simulate the **test conditions** exactly: chamber shroud temperature, heater powers, supports and cables.
2. Compare predicted and measured temperatures at the sensor locations.
3. Adjust the **most uncertain parameters** within physically plausible ranges, mainly contact conductances, effective emissivities and dissipations, not arbitrary values chosen only to match.
4. Repeat until agreement meets the criterion, often within about **±3–5 °C** for most nodes, with the average error close to zero.

**Sensitivity analysis** complements correlation: vary each uncertain parameter and see how much the critical temperatures change. Parameters with large influence deserve better data, for example a dedicated measurement of a bolted interface.

After correlation, the uncertainty margin applied to predictions can be reduced (for example from 10 °C to 5 °C), which can make the difference between needing a heater and not. In orbit, the flight telemetry provides a final correlation opportunity that improves predictions for the rest of the mission.`,
      },
    ],
    prerequisites: [
      { slug: "thm-hot-cold-cases", required: true },
      { slug: "thm-radiation-view-factors", required: true },
    ],
  },
  {
    slug: "thm-thermal-vacuum-testing",
    title: "Thermal Vacuum Testing",
    subsystem: "thermal",
    summary:
      "Planning, instrumenting and running a thermal vacuum campaign: cycling, hot and cold functional tests, thermal balance and model correlation.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Purpose of Thermal Vacuum Testing",
        isCheckpoint: false,
        bodyMarkdown: `**Thermal vacuum (TVAC) testing** places the satellite in a vacuum chamber and cycles it between hot and cold temperatures while it operates. It serves several purposes:

- **Functional verification:** confirm that every subsystem works at the temperature extremes, and can switch on cold and hot.
- **Workmanship screening:** thermal cycling reveals poor solder joints, marginal components and connector problems.
- **Thermal model correlation:** steady-state thermal balance phases provide data to correlate the thermal model.
- **Bakeout:** heating in vacuum removes volatile contaminants before flight; this is often a separate step or a required precondition.

Vacuum matters: without air, convection disappears and heat paths behave as in orbit. Chambers typically reach pressures below about **10⁻⁵ mbar** (about 10⁻³ Pa), low enough that gas conduction is negligible.

Many launch providers require TVAC or at least thermal cycling as part of the CubeSat verification. Even when not required, it is one of the most effective tests a student team can perform: numerous CubeSat failures trace back to problems that a thermal vacuum test would have exposed, such as radios that fail to start when cold, or components that overheat in vacuum.`,
      },
      {
        title: "Test Profile",
        isCheckpoint: false,
        bodyMarkdown: `A thermal vacuum test follows a **profile** of temperature plateaus:

- **Temperature levels:** hot and cold plateaus at the acceptance or qualification limits, derived from the predicted range plus margins. Protoflight tests use qualification temperatures.
- **Number of cycles:** several cycles between hot and cold (NASA GEVS, for example, calls for at least four thermal vacuum cycles for protoflight and acceptance testing of spacecraft; launch providers often specify their own minimum).
- **Dwell:** at each plateau, wait until the unit has **stabilised**, for example a temperature change of less than about 1 °C per hour, then dwell for a defined time, often an hour or more.
- **Ramp rates:** limited, for example to a few °C per minute, to avoid thermal shock.
- **Functional tests:** a full functional test at the first hot and cold plateaus and the last ones, shorter aliveness tests in between.
- **Hot and cold starts:** switch the satellite off, let it soak at the extreme, then switch it on to prove it starts, especially cold.

Write the profile as a diagram of temperature versus time, with the functional tests marked on it, and agree it with the test facility and the launch provider before the test.`,
      },
      {
        title: "Instrumentation and Setup",
        isCheckpoint: false,
        bodyMarkdown: `Careful preparation prevents wasted chamber time.

**Temperature sensors:** attach thermocouples (type T is common for this range) or calibrated sensors to locations that match thermal model nodes: battery, processor, radio amplifier, panels, payload. Record exact positions with photos. Compare test sensors with the satellite's own housekeeping sensors, which also checks their calibrations.

**Thermal boundary:** the satellite is mounted on a **temperature-controlled plate** (conductive coupling), surrounded by a **shroud** (radiative coupling), or both. The choice changes how heat flows, so record it and reproduce it in the model.

**Electrical interfaces:** power and data pass through **vacuum feedthroughs**. Radio tests can use a coaxial cable through the chamber wall with attenuators, or an antenna inside the chamber. Ground support equipment outside the chamber logs telemetry continuously.

**Contamination control:** clean hardware, clean gloves, and a bakeout of the chamber and any fixtures. A quartz crystal microbalance (QCM) or witness plates can monitor contamination.

**Safety:** Li-ion batteries need monitoring and a plan for abnormal behaviour; define abort criteria, such as temperature or current limits, before starting.`,
      },
      {
        title: "Thermal Balance and Correlation",
        isCheckpoint: true,
        bodyMarkdown: `A **thermal balance test** differs from thermal cycling: instead of driving the satellite to chosen temperatures, it applies **known heat loads** and boundary conditions and lets the satellite reach equilibrium, so that the measured temperatures can be compared with the model.

Typical approach:

1. Set the shroud to a cold temperature representing deep space (as cold as the facility allows, ideally near −180 °C with a liquid-nitrogen shroud).
2. Apply known heat loads: the satellite's own dissipation in defined modes, plus test heaters or infrared lamps simulating absorbed solar and Earth fluxes.
3. Wait until temperatures are **stable** according to a defined criterion.
4. Record all temperatures and powers, then repeat for a second case (for example a hot and a cold balance point).

After the test, the thermal model is run with the **test boundary conditions**, and differences are used to correlate it, as described in the nodal modelling module.

The **test report** documents the profile as run, all deviations, functional test results at each plateau, anomalies and their resolution, and the correlation results. Non-conformances found in TVAC must be resolved, and usually retested, before flight.`,
      },
    ],
    prerequisites: [
      { slug: "thm-nodal-modelling", required: true },
      { slug: "str-structural-test-campaign", required: false },
    ],
  },
  // ─────────────────────────── COMMUNICATIONS ───────────────────────────
  {
    slug: "com-rf-fundamentals",
    title: "RF Fundamentals: Frequency, Power and Decibels",
    subsystem: "communications",
    summary:
      "Frequencies and bands used by CubeSats, and the decibel arithmetic that every link calculation relies on.",
    difficulty: "easy",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Frequency, Wavelength and Bands",
        isCheckpoint: false,
        bodyMarkdown: `Radio waves are described by their frequency f and wavelength λ, linked by the speed of light c ≈ 3 × 10⁸ m/s:

- λ = c / f

At 437 MHz, λ = 3 × 10⁸ / 437 × 10⁶ ≈ **0.69 m**; at 2.2 GHz, about 0.14 m. Antenna dimensions scale with wavelength, so a quarter-wave monopole at UHF is about 17 cm long, while an S-band patch antenna is only a few centimetres across.

Bands commonly used by CubeSats:

| Band | Typical frequencies | Typical use |
|---|---|---|
| VHF | 145.8–146 MHz (amateur-satellite) | Telecommand, beacons |
| UHF | 435–438 MHz (amateur-satellite), 400–403 MHz and others (space operation / research) | Telemetry and telecommand, low-rate data |
| S-band | 2.025–2.11 GHz uplink, 2.2–2.29 GHz downlink (space research / operation); 2.4–2.45 GHz (amateur-satellite) | Medium-rate data, TT&C |
| X-band | 8.025–8.4 GHz (Earth exploration-satellite) | High-rate payload data |

Higher frequencies offer more bandwidth and therefore higher data rates, but need more precise antenna pointing and more expensive hardware. Which bands you may use depends on the mission's purpose and licensing, not only on engineering preference.`,
      },
      {
        title: "Decibels",
        isCheckpoint: true,
        bodyMarkdown: `Radio links span enormous ranges of power: a transmitter sends watts, the ground receives around 10⁻¹⁵ W or less. **Decibels** turn these multiplications into additions.

- Ratio in dB = 10 × log10(P2 / P1)
- Power in **dBW** = 10 × log10(P / 1 W)
- Power in **dBm** = 10 × log10(P / 1 mW)

Values worth memorising:

| Ratio | dB |
|---|---|
| × 2 | +3 dB |
| × 10 | +10 dB |
| × 100 | +20 dB |
| ÷ 2 | −3 dB |
| 1 W | 0 dBW = 30 dBm |
| 2 W | 3 dBW = 33 dBm |
| 1 mW | −30 dBW = 0 dBm |

Antenna gain is expressed in **dBi**, decibels relative to an ideal isotropic antenna that radiates equally in all directions.

With decibels, a transmit chain is a simple sum. The **EIRP** (effective isotropic radiated power) is:

- EIRP (dBW) = P_tx (dBW) − L_cable (dB) + G_tx (dBi)

Example: 1 W transmitter (0 dBW), 1 dB cable and connector loss, 2 dBi antenna → EIRP = 0 − 1 + 2 = **1 dBW**. Remember that dB values of ratios add, but you must never add two absolute powers in dBW directly; convert to watts, add, and convert back.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "com-free-space-path-loss",
    title: "Free-Space Path Loss and Slant Range",
    subsystem: "communications",
    summary:
      "Computing free-space path loss in decibels for CubeSat links and understanding why it depends on distance and frequency.",
    difficulty: "easy",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Free-Space Path Loss",
        isCheckpoint: true,
        bodyMarkdown: `As a radio wave spreads out from the transmitter, its power is distributed over an ever larger sphere. The **free-space path loss (FSPL)** between two isotropic antennas is:

- FSPL = (4 × π × d / λ)²

In decibels, with d in kilometres and f in megahertz:

- FSPL (dB) = 20 × log10(d_km) + 20 × log10(f_MHz) + 32.45

Examples for a satellite at 500 km altitude:

| Frequency | Overhead (500 km) | 10° elevation (about 1,700 km) |
|---|---|---|
| 437 MHz | 139.2 dB | 149.9 dB |
| 2,200 MHz | 153.3 dB | 163.9 dB |

Two observations:

1. **Distance:** doubling the distance adds 6 dB of loss. The difference between overhead and low-elevation passes is more than 10 dB, which is why link budgets use the slant range at the minimum elevation.
2. **Frequency:** the formula seems to say higher frequencies are "lost" faster. Physically, the loss is defined between *isotropic* antennas, whose effective area shrinks with λ². A dish of fixed size gains more at higher frequency, so with directive antennas at both ends, higher frequencies can actually give better links.

Other propagation losses are usually small at UHF and S-band (atmospheric absorption below 1 dB at reasonable elevation), but **ionospheric effects**, such as Faraday rotation and scintillation, can matter at VHF and UHF.`,
      },
    ],
    prerequisites: [{ slug: "com-rf-fundamentals", required: true }],
  },
  {
    slug: "com-antennas-basics",
    title: "Antennas: Gain, Patterns and Polarisation",
    subsystem: "communications",
    summary:
      "Antenna gain, beamwidth, radiation patterns and polarisation, with typical CubeSat and ground station antennas.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Gain, Directivity and Beamwidth",
        isCheckpoint: false,
        bodyMarkdown: `An antenna does not create power; it **concentrates** it in some directions at the expense of others. **Directivity** measures this concentration relative to an isotropic radiator; **gain** is directivity multiplied by the antenna's efficiency, and is quoted in dBi.

Typical values:

| Antenna | Typical gain | Where used |
|---|---|---|
| Half-wave dipole | 2.15 dBi | CubeSat UHF/VHF |
| Quarter-wave monopole over a structure | about 0–5 dBi, depending on the structure | CubeSat UHF/VHF |
| Patch | about 5–8 dBi | CubeSat S-band, GNSS |
| Yagi-Uda (ground) | about 10–16 dBi | University UHF/VHF stations |
| Parabolic dish (ground) | 25–40 dBi | S-band and X-band stations |

For a parabolic dish of diameter D and aperture efficiency η (typically 0.5–0.65):

- G = η × (π × D / λ)²
- half-power beamwidth ≈ 70 × λ / D degrees

Example: a 3 m dish at 2.2 GHz (λ ≈ 0.136 m) with η = 0.55 gives G ≈ 2,600, or **34 dBi**, and a beamwidth of about **3.2°**, so the antenna must track the satellite accurately.

**Gain and beamwidth are a trade-off:** a high-gain antenna on a CubeSat is only useful if the satellite can point it at the ground station.`,
      },
      {
        title: "Polarisation and Radiation Patterns",
        isCheckpoint: true,
        bodyMarkdown: `**Polarisation** is the orientation of the electric field. It can be **linear** (for example a dipole) or **circular**, right-hand (RHCP) or left-hand (LHCP).

Polarisation mismatch causes loss:

| Transmit / receive | Loss |
|---|---|
| Same linear orientation | 0 dB |
| Linear rotated by angle ψ | 20 × log10(cos ψ); at 90° theoretically infinite |
| Linear to circular | 3 dB |
| RHCP to LHCP | Very large (20 dB or more in practice) |

At VHF and UHF, the ionosphere rotates the plane of linear polarisation (**Faraday rotation**), and a tumbling satellite changes orientation continuously. Ground stations therefore usually use **circularly polarised** antennas (for example crossed Yagis) and accept the fixed 3 dB loss against a linearly polarised satellite, rather than risk deep fades.

**Radiation patterns** show gain versus direction. A dipole has a doughnut-shaped pattern with **nulls** along its axis. On a tumbling or poorly pointed CubeSat, the ground station may sit in a null for part of a pass, so link budgets should use the gain the pattern guarantees over the relevant angles, not the peak gain.

Finally, the antenna must be **matched** to the transmitter impedance (usually 50 Ω). Mismatch is expressed as VSWR or return loss; a VSWR of 2:1 reflects about 11 % of the power, a loss of about 0.5 dB.`,
      },
    ],
    prerequisites: [{ slug: "com-free-space-path-loss", required: true }],
  },
  {
    slug: "com-modulation-coding",
    title: "Modulation and Channel Coding",
    subsystem: "communications",
    summary:
      "Digital modulation schemes used by CubeSats, the meaning of Eb/N0 and bit error rate, and how forward error correction improves links.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Digital Modulation Schemes",
        isCheckpoint: false,
        bodyMarkdown: `**Modulation** maps bits onto a carrier wave by changing its frequency, phase or amplitude.

| Scheme | Principle | Typical CubeSat use |
|---|---|---|
| AFSK | Audio tones on an FM carrier | Legacy 1,200 bit/s AX.25 packet radio |
| FSK / GFSK | Carrier frequency shifts between values | UHF TT&C at 9,600 bit/s and above; simple, robust to Doppler |
| BPSK | Carrier phase 0° or 180° | Efficient low-rate links, beacons |
| QPSK / OQPSK | Four phases, 2 bits per symbol | S-band and X-band data |
| 8PSK, 16APSK | More bits per symbol | High-rate X-band downlinks |

Two properties matter most:

- **Spectral efficiency**, in bits per second per hertz: higher-order schemes carry more data in the same bandwidth.
- **Power efficiency**, the signal energy per bit needed for a given error rate: simple schemes such as BPSK and QPSK need less energy per bit than high-order schemes, and coherent schemes need less than non-coherent FSK.

FSK with a non-coherent receiver is common on UHF because it is easy to implement with low-cost radios and tolerant of frequency errors, even though it needs a few decibels more signal than BPSK for the same performance.`,
      },
      {
        title: "Eb/N0 and Bit Error Rate",
        isCheckpoint: false,
        bodyMarkdown: `The quality of a digital link is measured by **Eb/N0**, the ratio of the energy per bit to the noise power spectral density. It relates to the carrier-to-noise-density ratio C/N0 and the bit rate Rb:

- Eb/N0 (dB) = C/N0 (dBHz) − 10 × log10(Rb)

Halving the data rate therefore improves Eb/N0 by 3 dB, which is why low-rate beacons can be received with small antennas.

Each modulation has a curve of **bit error rate (BER)** versus Eb/N0. Values for uncoded links at BER = 10⁻⁵:

| Modulation | Required Eb/N0 |
|---|---|
| BPSK / QPSK (coherent) | about 9.6 dB |
| Coherent FSK | about 12.6 dB |
| Non-coherent FSK | about 13.4 dB |

For non-coherent binary FSK the formula is BER = ½ × exp(−Eb / (2 × N0)), and solving for 10⁻⁵ gives 13.4 dB.

Real modems perform worse than theory because of filtering, synchronisation and frequency errors, so link budgets add an **implementation loss**, often 1–3 dB for low-cost hardware. The required Eb/N0 plus implementation loss is the threshold your link budget must exceed, with margin.`,
      },
      {
        title: "Forward Error Correction",
        isCheckpoint: true,
        bodyMarkdown: `**Forward error correction (FEC)** adds structured redundancy so that the receiver can correct errors without retransmission. The improvement is expressed as **coding gain**, the reduction in required Eb/N0 for the same BER.

| Code | Typical required Eb/N0 at BER 10⁻⁵ (with BPSK/QPSK) | Notes |
|---|---|---|
| Uncoded | about 9.6 dB | Reference |
| Convolutional, rate 1/2, constraint length 7, Viterbi decoding | about 4.4 dB | About 5 dB coding gain; long heritage |
| Reed–Solomon (255,223) concatenated with convolutional | about 2.5 dB | CCSDS standard for many years |
| Turbo and LDPC codes | about 1–2 dB | Within about 1 dB of the theoretical limit |

The theoretical lower limit, from Shannon's channel capacity theorem, is an Eb/N0 of **−1.6 dB** for error-free communication as bandwidth goes to infinity.

FEC costs bandwidth and processing: a rate-1/2 code sends two channel bits per information bit, so for a fixed channel bit rate the useful data rate halves. Decoding complex codes needs processing power, usually on the ground for downlinks, which is convenient because the ground has plenty of it.

Even simple codes give large gains. Many CubeSats fly without FEC on their UHF downlink; adding a standard code can gain several decibels, equivalent to more than doubling transmitter power.`,
      },
    ],
    prerequisites: [{ slug: "com-rf-fundamentals", required: true }],
  },
  {
    slug: "com-link-budget",
    title: "Link Budget Basics",
    subsystem: "communications",
    summary:
      "Building a complete link budget from transmitter to demodulator: EIRP, path losses, G/T, C/N0, Eb/N0 and link margin, with a worked UHF example.",
    difficulty: "hard",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Structure of a Link Budget",
        isCheckpoint: false,
        bodyMarkdown: `A **link budget** tracks the signal from transmitter to receiver, adding gains and subtracting losses in decibels, and compares the result with what the demodulator needs.

The main terms:

1. **Transmitter power** P_tx (dBW)
2. **Transmit losses**: cables, connectors, filters, switches
3. **Transmit antenna gain** in the direction of the receiver; together: EIRP = P_tx − L_tx + G_tx
4. **Free-space path loss** at the worst-case slant range
5. **Other propagation losses**: atmosphere, ionosphere, polarisation mismatch, pointing error
6. **Receiving system figure of merit** G/T (antenna gain over system noise temperature)

These combine into the carrier-to-noise-density ratio:

- C/N0 (dBHz) = EIRP − FSPL − L_other + G/T − k

where k is Boltzmann's constant expressed as **−228.6 dBW/(K·Hz)**, so subtracting k means adding 228.6.

Then:

- Eb/N0 = C/N0 − 10 × log10(Rb)
- **Margin** = Eb/N0 (received) − Eb/N0 (required) − implementation loss

Every line should state its assumption and source. A link budget is a living document: it starts with datasheet values and is updated with measured cable losses, antenna patterns and receiver performance.`,
      },
      {
        title: "Noise Temperature and G/T",
        isCheckpoint: false,
        bodyMarkdown: `Receiver sensitivity is limited by **noise**, described by an equivalent **noise temperature**: the noise power in bandwidth B is N = k × T × B.

The **system noise temperature** T_sys combines:

- **Antenna noise temperature** T_ant: what the antenna "sees". A ground antenna pointing at cold sky sees little natural noise at S-band, but at VHF and UHF galactic noise and, above all, **man-made noise** in urban areas can raise T_ant to several hundred kelvin or more. A satellite antenna looking at Earth sees about 290 K.
- **Receiver noise temperature**, from the noise figure NF of the first amplifier: T_rx = 290 × (10^(NF/10) − 1). An LNA with NF = 1 dB has T_rx ≈ 75 K.
- **Losses before the LNA**, which both weaken the signal and add noise. This is why the LNA is mounted at the antenna, not at the end of a long cable.

The receiving system is summarised by:

- G/T (dB/K) = G_rx (dBi) − 10 × log10(T_sys)

Example: a 14 dBi Yagi with T_sys = 500 K gives G/T = 14 − 27.0 = **−13.0 dB/K**. Measuring the sun or cold-sky noise with your station is a practical way to check the actual G/T, which is often worse than the design value.`,
      },
      {
        title: "Worked UHF Downlink Example",
        isCheckpoint: false,
        bodyMarkdown: `A 3U CubeSat transmits 9,600 bit/s GFSK at 437 MHz to a university ground station. Worst case: 10° elevation, slant range 1,700 km.

| Item | Value |
|---|---|
| Transmitter power 1 W | 0.0 dBW |
| Line and connector losses | −1.0 dB |
| Satellite antenna gain (worst case in pattern) | 0.0 dBi |
| **EIRP** | **−1.0 dBW** |
| Free-space path loss (1,700 km, 437 MHz) | −149.9 dB |
| Polarisation loss (linear to circular) | −3.0 dB |
| Atmospheric and ionospheric losses | −1.0 dB |
| Ground antenna pointing loss | −1.0 dB |
| Ground G/T (14 dBi, 500 K) | −13.0 dB/K |
| Minus Boltzmann's constant | +228.6 dB |
| **C/N0** | **59.7 dBHz** |
| Data rate 9,600 bit/s | −39.8 dB |
| **Eb/N0 received** | **19.9 dB** |
| Required Eb/N0 (non-coherent FSK, BER 10⁻⁵) | 13.4 dB |
| Implementation loss | 2.0 dB |
| **Margin** | **4.5 dB** |

The link closes with 4.5 dB margin at 10° elevation. At higher elevations the range shrinks and the margin grows by up to about 10 dB overhead. Note how large the polarisation and implementation losses are compared with the margin: each assumption matters.`,
      },
      {
        title: "Margins and Trade-offs",
        isCheckpoint: true,
        bodyMarkdown: `How much margin is enough? Common practice is at least **3 dB** for a link analysed with well-known parameters, and **6 dB or more** in early design, when antenna patterns, losses and noise are still estimates. Some teams also perform a statistical analysis, combining the uncertainties of each term.

If the margin is too small, the options are:

| Option | Effect | Cost |
|---|---|---|
| More transmit power | +3 dB per doubling | More spacecraft power and heat |
| Higher-gain antennas | Several dB | Pointing requirements, size, deployment |
| Lower data rate | +3 dB per halving | Less data per pass |
| Forward error correction | Several dB | Bandwidth, processing |
| Better ground station (LNA, antenna, quieter site) | Several dB | Money, but no spacecraft changes |
| Higher minimum elevation | Several dB | Shorter usable passes |

A powerful approach is **adaptive data rate**: use a low rate at low elevations and switch to higher rates as the satellite rises and the range shrinks.

Do not forget the **uplink**. It has its own budget: ground transmitter power and antenna gain, the satellite's antenna and receiver, and often a noisier environment, because the satellite antenna sees the warm Earth and interference from many ground transmitters. Losing the uplink means losing the ability to command the spacecraft.`,
      },
    ],
    prerequisites: [
      { slug: "com-antennas-basics", required: true },
      { slug: "com-modulation-coding", required: false },
      { slug: "mo-ground-station-passes", required: true },
    ],
  },
  {
    slug: "com-ttc-and-protocols",
    title: "TT&C Architecture and Packet Protocols",
    subsystem: "communications",
    summary:
      "The telemetry, tracking and command functions of a CubeSat radio system, and the AX.25 and CCSDS framing protocols commonly used.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "TT&C Functions",
        isCheckpoint: false,
        bodyMarkdown: `**TT&C (telemetry, tracking and command)** is the radio link that keeps operators in control of the spacecraft:

- **Telemetry:** housekeeping and status data sent to the ground, both in real time during passes and as stored data.
- **Tracking:** determining where the satellite is. Most CubeSats rely on TLEs published by tracking organisations, sometimes refined with Doppler measurements from their own station or onboard GNSS.
- **Command:** receiving, validating and executing telecommands from the ground.

Many CubeSats also transmit a periodic **beacon**: a short telemetry frame (or Morse code) with key health values and the station **callsign**, which amateur-band missions must transmit for identification. Beacons help find the satellite after launch and let amateur stations worldwide collect data.

A common architecture separates two links:

- a robust, low-rate **TT&C link** in UHF or VHF with a nearly omnidirectional antenna, so that commands work in any attitude, including tumbling in safe mode
- a higher-rate **payload data link** in S-band or X-band with a directive antenna, used when the satellite is pointing correctly

The TT&C receiver is typically always powered, because a spacecraft that cannot hear commands cannot be recovered.`,
      },
      {
        title: "Framing Protocols: AX.25 and CCSDS",
        isCheckpoint: true,
        bodyMarkdown: `Bits on the link are grouped into **frames** with headers and error checks. Two protocol families dominate.

**AX.25** is the amateur packet radio protocol, widely used on UHF and VHF CubeSats:

- frames are delimited by HDLC **flags** (0x7E), with **bit stuffing** so the flag pattern never appears in data
- an **address field** carries destination and source callsigns, each with an SSID
- control and PID fields, then the information field (your telemetry or command)
- a 16-bit **frame check sequence** (CRC) detects errors
- at 9,600 bit/s it is commonly combined with **G3RUH scrambling** and NRZI encoding

**CCSDS** standards come from the space agencies' Consultative Committee for Space Data Systems:

- the **Space Packet** has a 6-byte primary header with an 11-bit **APID** identifying the source or destination application, sequence flags, a 14-bit sequence count and a packet length field
- packets travel inside **TM and TC transfer frames**; telecommands are wrapped in CLTUs (communications link transmission units)
- the standards integrate channel coding, security and file transfer (CFDP)

**Security in amateur bands:** the ITU Radio Regulations prohibit encoding amateur transmissions to obscure their meaning, with an exception for control signals between earth command stations and space stations. Telecommands may therefore be **authenticated** or encrypted, while telemetry must remain openly decodable.`,
      },
    ],
    prerequisites: [{ slug: "com-modulation-coding", required: true }],
  },
  {
    slug: "com-antenna-deployment",
    title: "Deployable Antennas",
    subsystem: "communications",
    summary:
      "How stowed CubeSat antennas are designed, released and verified, and how deployment affects the radio link.",
    difficulty: "medium",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Designing Reliable Antenna Deployment",
        isCheckpoint: true,
        bodyMarkdown: `UHF and VHF antennas are too long to fit inside a CubeSat's envelope in their operating shape: a quarter-wave monopole at 437 MHz is about 17 cm, and a VHF half-wave dipole about 1 m. They are therefore **stowed** for launch and **deployed** in orbit.

The most common design uses **tape-spring elements**, thin strips of spring steel similar to a measuring tape, wound around the structure or folded into a housing. A restraint line holds them, and a **burn-wire** release melts the line on command; the stored strain energy snaps the elements straight.

A popular configuration is the **turnstile**: four monopoles at 90° fed with 90° phase differences, giving approximately circular polarisation and a more uniform pattern than a single dipole.

Design and operations guidelines:

- **Timing:** deployment must wait at least 30 minutes after ejection, per the CubeSat Design Specification.
- **Redundancy:** two burn circuits per restraint, repeated attempts by software, and a ground command to retry manually.
- **Status sensing:** switches or resistance measurements report each element's state; the received signal strength also changes markedly after deployment.
- **Stowed performance:** analyse whether the stowed antenna still radiates enough for a basic link, which can save a mission after a failed deployment.
- **Testing:** deploy repeatedly, including cold and in vacuum, after vibration, and measure the deployed antenna's match (VSWR) on the fully integrated satellite.`,
      },
    ],
    prerequisites: [
      { slug: "com-antennas-basics", required: true },
      { slug: "str-deployables-burn-wires", required: true },
    ],
  },
  {
    slug: "com-frequency-coordination",
    title: "Frequency Licensing and IARU Coordination",
    subsystem: "communications",
    summary:
      "How spectrum regulation works for CubeSats, when the amateur-satellite service is appropriate, and how IARU frequency coordination fits into licensing.",
    difficulty: "medium",
    estimatedMinutes: 30,
    sections: [
      {
        title: "Spectrum Regulation Basics",
        isCheckpoint: false,
        bodyMarkdown: `Every transmitter in space needs authorisation. The framework has three layers:

1. The **ITU Radio Regulations** allocate frequency bands to radio services (amateur-satellite, space research, space operation, Earth exploration-satellite and others) and define the procedures for registering satellite networks.
2. **National administrations** (for example the FCC in the United States, Ofcom in the United Kingdom, BNetzA in Germany) license transmitters and submit filings to the ITU on behalf of satellite operators in their country.
3. Bodies such as the **IARU** coordinate use within the amateur-satellite bands.

The **amateur-satellite service** (for example 145.8–146 MHz, 435–438 MHz and 2,400–2,450 MHz) is attractive for university CubeSats: radios and ground equipment are cheap and thousands of amateur stations can help receive data. But it comes with conditions:

- the mission must be **non-commercial**, typically educational or scientific with openly shared results
- transmissions must be openly decodable (authenticated or encrypted commands excepted)
- stations must be operated by licensed amateurs

Missions with commercial aspects, or that need encryption or large bandwidth, usually apply for frequencies in the **space research** or **space operation** services, through the national administration and the full ITU filing process.`,
      },
      {
        title: "The IARU Coordination Process",
        isCheckpoint: true,
        bodyMarkdown: `For missions in the amateur-satellite bands, the **International Amateur Radio Union (IARU)** runs a **Satellite Frequency Coordination** process. Its purpose is to choose frequencies that avoid interference with other amateur satellites and terrestrial amateur users.

Typical sequence:

| Step | Who | Notes |
|---|---|---|
| Decide bands, modulation, bandwidth, power | Team | Needed for the application |
| Check eligibility for the amateur service | Team, national amateur society | Purpose, openness, licensed operators |
| Submit coordination request | Team, to IARU | Online form with technical and mission details |
| Frequency coordination | IARU panel | Proposes specific frequencies |
| National licensing and ITU notification | National administration | Legal authority to transmit |

Important points:

- IARU **coordinates**; it does not license. The legal authorisation comes from your national administration, which also handles the ITU filing.
- Apply **early**: coordination and licensing commonly take many months, and a launch slot will not wait for paperwork. Start well before the radio design is frozen.
- Keep the design consistent with the application; changes in frequency, bandwidth or orbit may require an update.
- Publish your telemetry format and decoding information so the amateur community can contribute, one of the reasons the amateur service welcomes educational satellites.`,
      },
    ],
    prerequisites: [{ slug: "com-rf-fundamentals", required: true }],
  },
  {
    slug: "com-ground-station-setup",
    title: "Building a University Ground Station",
    subsystem: "communications",
    summary:
      "The components of a VHF/UHF ground station, how to track satellites and correct Doppler, and how to verify the station before launch.",
    difficulty: "hard",
    estimatedMinutes: 55,
    sections: [
      {
        title: "Ground Station Components",
        isCheckpoint: false,
        bodyMarkdown: `A typical university VHF/UHF ground station contains:

- **Antennas:** crossed Yagi antennas for VHF and UHF, giving circular polarisation and about 10–16 dBi gain. Some stations add an S-band dish.
- **Rotator:** an azimuth-elevation rotator (for example the widely used Yaesu G-5500 class) with a computer interface, pointing the antennas during passes.
- **Low-noise amplifier (LNA):** mounted at the antenna to set the system noise figure, with a **sequencer** or T/R switch that protects it when the station transmits.
- **Feed line:** low-loss coaxial cable. At 435 MHz, LMR-400-type cable loses roughly 9 dB per 100 m, so keep runs short.
- **Radio:** a transceiver, or a **software-defined radio (SDR)** such as a USRP or similar, with a separate power amplifier for uplink.
- **Software:** tracking (Gpredict, or other tools using Hamlib's rotctld and rigctld), demodulation (GNU Radio flowgraphs or dedicated modems), and a mission control system for decoding, command generation and archiving.
- **Infrastructure:** lightning protection and grounding, weatherproof housing, network access and a reliable time source.

Document the station's configuration as carefully as the satellite's, because ground problems cause many apparent spacecraft anomalies.`,
      },
      {
        title: "Tracking and Doppler Correction",
        isCheckpoint: false,
        bodyMarkdown: `During a pass, the ground station must follow the satellite in **angle** and **frequency**.

**Pointing:** the tracking software computes azimuth and elevation from the latest TLE and commands the rotator every second or so. Points to consider:

- antenna beamwidths of 20–40° for UHF Yagis are forgiving, but dishes need much better accuracy
- near the zenith, an azimuth-elevation rotator may need to swing quickly through a large azimuth change (the **keyhole** problem); some rotators use "flip" mode, tracking with elevations beyond 90°, to avoid it
- rotators have limited speed and mechanical end stops; plan passes that cross the end stop

**Doppler:** the received frequency shifts by up to about ±10 kHz at 437 MHz during a pass, fastest at the highest point. The station must:

- tune the **receiver** to f_rx = f0 × (1 − v_r / c), where v_r is the range rate (positive when receding)
- pre-correct the **uplink** frequency in the opposite direction, so the satellite receives its nominal frequency

Both corrections require an accurate orbit: an old TLE gives the wrong Doppler curve, which appears as a slow drift of the signal away from the receiver's centre frequency.`,
      },
      {
        title: "Commissioning Your Ground Station",
        isCheckpoint: true,
        bodyMarkdown: `Test the ground station long before your own satellite launches.

1. **Noise floor:** measure the receiver noise with the antenna pointing at cold sky and at the horizon. Local interference, often from electronics nearby, can raise the noise by many decibels at UHF; identify and remove sources.
2. **Sun noise:** point the antenna at the Sun and at cold sky and compare the noise levels. The ratio (Y-factor) gives a practical check of the system's G/T.
3. **Receive other satellites:** track amateur satellites that transmit known beacons and decode their telemetry. This tests antennas, rotator, Doppler correction, demodulators and software together.
4. **Uplink checks:** with appropriate licensing, verify transmit power at the antenna and the sequencing that protects the LNA.
5. **End-to-end test with your flight radio:** operate the engineering model over a real radio path, for example from a distant building, including commanding.
6. **Remote and automatic operation:** if the station runs unattended, test scheduling, recovery after power loss and alerts.

Networks such as **SatNOGS**, a global network of volunteer-run receiving stations, complement your station: they can receive your satellite when it is out of your station's view and upload the decoded frames to a public database.`,
      },
    ],
    prerequisites: [
      { slug: "com-link-budget", required: true },
      { slug: "com-frequency-coordination", required: false },
    ],
  },
  {
    slug: "com-rf-testing-and-verification",
    title: "RF Testing and End-to-End Verification",
    subsystem: "communications",
    summary:
      "Bench measurements of radios and antennas, integrated antenna tests, end-to-end link tests with the ground station, and pre-launch RF checks.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "Bench RF Measurements",
        isCheckpoint: false,
        bodyMarkdown: `Characterise the flight radio on the bench against its specification and your link budget assumptions:

- **Transmit power:** measure with a power meter or calibrated spectrum analyser through a known attenuator, never by connecting the transmitter directly to a sensitive instrument. Check power across the supply voltage range and temperature.
- **Frequency accuracy and stability:** measure the carrier frequency at room temperature and over the thermal range; a 2.5 ppm oscillator at 437 MHz can be off by about 1.1 kHz.
- **Spectrum:** occupied bandwidth, spectral mask, **spurious emissions** and harmonics. Your licence specifies limits, and interference with other services is a serious issue.
- **Receiver sensitivity:** feed a signal generator's modulated signal through attenuators and find the input level at which the frame or bit error rate reaches its limit. Compare the result with the link budget's assumed required Eb/N0 plus implementation loss.
- **Antenna match:** measure VSWR or return loss with a vector network analyser.

Record instrument settings, cable losses and calibration dates. Measurements without known cable and attenuator losses are a frequent source of link budget errors of several decibels.`,
      },
      {
        title: "Antenna Patterns and Integration Effects",
        isCheckpoint: false,
        bodyMarkdown: `A CubeSat's antennas are small compared with the wavelength at VHF and UHF, so the **satellite body becomes part of the antenna**. The structure, solar panels and nearby cables change the impedance and the radiation pattern.

Consequences for testing:

- **Tune and measure on the integrated satellite**, or at least on a representative structure with the flight antenna. A match measured on a bench fixture can shift significantly once installed.
- **Pattern:** measure in an anechoic chamber if available, or simulate with electromagnetic software (for example NEC-based tools, openEMS, CST or HFSS) using a model of the structure and panels. Use the pattern, especially its minima, to update the link budget gain assumptions.
- **Stowed versus deployed:** characterise both states, so operators know what to expect before and after deployment.
- **Interference:** check that the satellite's own electronics do not raise the noise floor at the receiver frequency (self-interference). Switching regulators and processor clocks produce harmonics that can fall in the receive band; a simple test is to watch the receiver's noise level while switching subsystems on and off.

Repeat key measurements after environmental tests to confirm that vibration and thermal cycling have not changed the antenna or its connections.`,
      },
      {
        title: "End-to-End and Long-Range Tests",
        isCheckpoint: false,
        bodyMarkdown: `An **end-to-end test** exercises the whole chain: flight software generates telemetry, the flight radio transmits, the ground station receives, decodes and stores it, and operators send commands back through the same system.

Ways to make it realistic:

- **Attenuated cable link:** connect the satellite and ground radios with cables and a variable attenuator set to reproduce the link budget's received power at maximum range. Sweep the attenuation to find the real margin.
- **Doppler simulation:** use an SDR or signal generator to apply a pass-like frequency profile and verify the ground station's correction and the satellite's receiver tolerance.
- **Over-the-air field test:** place the satellite (or the engineering model) several kilometres away with line of sight, for example on a hill or tall building, and run full operations with the real ground station antennas.
- **Operational rehearsal:** operators run real procedures, including uploading schedules and downloading stored data, under realistic pass durations.

Measure packet loss versus received power and compare with the link budget. If the real threshold is 3 dB worse than predicted, the link budget margin has disappeared, and now is the time to find out, not after launch.`,
      },
      {
        title: "Pre-Launch RF Checklist",
        isCheckpoint: true,
        bodyMarkdown: `Before delivery, confirm every RF-related item against documentation:

- [ ] Transmit and receive **frequencies** match the licence and coordination exactly.
- [ ] **Transmit power, bandwidth and modulation** match the licensed parameters.
- [ ] The **callsign** or identification is transmitted as required.
- [ ] **Transmitter inhibit**: no RF emission inside the dispenser and for at least 45 minutes after ejection, verified on the flight configuration.
- [ ] **Ceasing emissions**: the ITU Radio Regulations require that space station emissions can be stopped by telecommand. Verify the command that turns the transmitter off, and that the software cannot re-enable it autonomously when it should stay off.
- [ ] **Command authentication** keys and counters are correctly loaded in the satellite and the ground station, and stored securely.
- [ ] **Antenna deployment** sequence and timers are configured for flight, not test values.
- [ ] Ground station software has the **flight configuration**: frequencies, modem settings, keys, telemetry database.
- [ ] Operators have rehearsed **first-contact procedures**, including searching over a wide frequency range for an early, imprecise orbit.

Sign and archive the completed checklist with the flight configuration record.`,
      },
    ],
    prerequisites: [
      { slug: "com-ground-station-setup", required: true },
      { slug: "com-ttc-and-protocols", required: true },
    ],
  },
  // ────────────────────────────── PAYLOAD ──────────────────────────────
  {
    slug: "pay-requirements",
    title: "Payload Requirements and Traceability",
    subsystem: "payload",
    summary:
      "Deriving verifiable payload requirements from mission objectives and keeping them traceable through design and verification.",
    difficulty: "easy",
    estimatedMinutes: 30,
    sections: [
      {
        title: "From Mission Objective to Payload Requirements",
        isCheckpoint: false,
        bodyMarkdown: `The payload exists to meet the mission objectives, so its requirements should be **derived** from them step by step rather than from what hardware happens to be available.

A typical flow-down:

1. **Mission objective:** what the mission wants to achieve, for example "monitor crop health in the region at field scale".
2. **Measurement (science) requirements:** what must be measured, and how well: "measure NDVI (from red and near-infrared reflectance) with a ground resolution of 30 m or better, every 5 days".
3. **Payload performance requirements:** what the instrument must do: "the imager shall provide red and NIR bands", "the ground sample distance shall be ≤ 30 m from 500 km", "the signal-to-noise ratio shall be ≥ 100 for a typical vegetation scene".
4. **System requirements** for other subsystems: pointing accuracy, data volume and downlink, power, thermal stability, orbit.

Good requirements are:

- **verifiable**, with a clear method and pass criterion
- **unambiguous**, using "shall" for mandatory requirements
- **necessary**, tracing to a parent; a requirement with no parent is either missing a justification or not needed
- **free of design solutions** unless a solution is truly imposed

Write the rationale next to each requirement. Months later, the rationale is what lets the team decide whether a requirement can be relaxed.`,
      },
      {
        title: "Traceability and Verification Planning",
        isCheckpoint: true,
        bodyMarkdown: `A **traceability matrix** links each requirement to its parent, its children and its verification. A simple version:

| ID | Requirement | Parent | Verification method | Status |
|---|---|---|---|---|
| PAY-010 | The imager shall provide a GSD ≤ 30 m at 500 km altitude | MR-002 | Analysis + Test (focal length and pixel pitch measured) | Open |
| PAY-020 | The payload shall consume ≤ 3.0 W in imaging mode | SYS-031 | Test | Closed |
| PAY-030 | The payload shall operate between 0 °C and +30 °C | SYS-045 | Test (thermal vacuum) | Open |
| PAY-040 | Image files shall carry a timestamp accurate to 10 ms | MR-004 | Test + Review of design | Open |

The four standard **verification methods** are **test**, **analysis**, **inspection** and **review of design** (sometimes "demonstration" is added). Choose the method when writing the requirement: if no realistic verification exists, the requirement needs rewording.

Practical tips:

- Mark unknown values as **TBD** (to be determined) or **TBC** (to be confirmed) and track them until resolved.
- Keep requirements under version control and review changes with the whole team, because payload changes ripple into power, data, pointing and thermal.
- Resist over-specification: every requirement costs verification effort.`,
      },
    ],
    prerequisites: [],
  },
  {
    slug: "pay-camera-optics-gsd",
    title: "Camera Optics and Ground Sample Distance",
    subsystem: "payload",
    summary:
      "Imaging geometry for Earth observation CubeSats: ground sample distance, swath, diffraction limits, off-nadir effects and motion smear.",
    difficulty: "medium",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Imaging Geometry",
        isCheckpoint: false,
        bodyMarkdown: `For a camera looking straight down (nadir), simple similar-triangle geometry relates the detector to the ground.

**Ground sample distance (GSD)**, the ground size of one pixel:

- GSD = h × p / f

where h is the altitude, p the pixel pitch and f the focal length.

**Swath width**, the ground width covered by the detector:

- Swath = h × (N × p) / f

where N is the number of pixels across the detector.

Example: h = 500 km, p = 5.5 µm, f = 580 mm, N = 4,096 pixels:

- GSD = 500,000 × 5.5 × 10⁻⁶ / 0.58 ≈ **4.7 m**
- detector width = 4,096 × 5.5 µm ≈ 22.5 mm
- Swath = 500,000 × 0.0225 / 0.58 ≈ **19.4 km**

The **instantaneous field of view (IFOV)** of a pixel is p / f, here about 9.5 µrad.

These relations show the basic trade: a longer focal length improves GSD but narrows the swath and makes the telescope longer. In a CubeSat, focal lengths of several hundred millimetres require folded optics (for example a Cassegrain telescope) to fit within a few units of volume. Note also that GSD describes sampling, not necessarily resolution: optics and motion can blur the image so that the true resolution is worse than the GSD.`,
      },
      {
        title: "Diffraction and Optical Resolution",
        isCheckpoint: false,
        bodyMarkdown: `Even perfect optics cannot focus light to a point. Diffraction at the aperture of diameter D spreads a point into an **Airy disk**. The angular resolution limit (Rayleigh criterion) is:

- θ = 1.22 × λ / D

and the diameter of the Airy disk in the focal plane, to its first dark ring, is:

- d_Airy = 2.44 × λ × N, where N = f / D is the f-number

Example: a 95 mm aperture (about the largest that fits in a 1U cross-section) at λ = 550 nm:

- θ = 1.22 × 550 × 10⁻⁹ / 0.095 ≈ 7.1 µrad
- ground resolution at 500 km ≈ 500,000 × 7.1 × 10⁻⁶ ≈ **3.5 m**

With f = 580 mm, N ≈ 6.1, and the Airy disk is about 8.2 µm across, larger than the 5.5 µm pixel.

The balance between optics and detector is captured by the ratio **Q = λ × N / p**. Here Q ≈ 0.55 × 6.1 / 5.5 ≈ 0.61. Values well below 1 mean the detector undersamples the optical image (aliasing possible, pixel-limited); values around 1–2 mean the optics limit resolution. Most Earth-observation systems operate with Q between about 0.5 and 1.

The lesson: in a CubeSat, **aperture size** fundamentally limits resolution, whatever detector is used.`,
      },
      {
        title: "Off-Nadir Viewing, MTF and Motion Smear",
        isCheckpoint: true,
        bodyMarkdown: `Real imaging conditions degrade the nadir numbers.

**Off-nadir viewing:** tilting the camera by angle θ increases the distance to the ground and the obliquity. On a flat-Earth approximation, GSD grows to about h / cos²θ × (p / f) in the tilt direction and h / cos θ × (p / f) perpendicular to it. At 30° off-nadir the GSD in the tilt direction increases by about a third; Earth curvature makes it worse at large angles.

**Modulation transfer function (MTF):** the MTF describes how much contrast the system preserves at each spatial frequency. The system MTF is the product of the optics, detector, motion and jitter MTFs. A system with a small GSD but poor MTF produces sharp-looking pixels of a blurry image.

**Motion smear:** the ground moves under the satellite at about

- v_ground ≈ v_orbit × Re / (Re + h) ≈ 7.6 × 6,378 / 6,878 ≈ **7.1 km/s** at 500 km

To keep smear below one pixel, the exposure must satisfy t_exp < GSD / v_ground. For a 4.7 m GSD: t_exp < 4.7 / 7,060 ≈ **0.67 ms**. Short exposures limit the signal, which is why push-broom scanners and **time-delay integration (TDI)** detectors are used to collect more light while the scene moves.`,
      },
    ],
    prerequisites: [{ slug: "pay-requirements", required: true }],
  },
  {
    slug: "pay-detectors",
    title: "Image Detectors: CCD, CMOS and Noise",
    subsystem: "payload",
    summary:
      "How CCD and CMOS image sensors differ, the main noise sources, and how to estimate signal-to-noise ratio.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "CCD and CMOS Sensors",
        isCheckpoint: false,
        bodyMarkdown: `Both **CCD** and **CMOS** image sensors convert photons into electrons in silicon photodiodes; they differ in how the charge is read out.

| Property | CCD | CMOS |
|---|---|---|
| Readout | Charge shifted across the chip to one or a few output amplifiers | Amplifier in each pixel, on-chip ADCs |
| Power | Higher; needs several clock voltages | Lower; often a single supply |
| Integration | External electronics required | Camera-on-a-chip with digital output |
| Shutter | Effectively global (frame transfer or interline) | Rolling shutter is common; global shutter available |
| Uniformity | Very uniform response | More pixel-to-pixel variation, corrected in calibration |
| Radiation | Charge transfer efficiency degrades with displacement damage | Generally more tolerant, but sensitive to latch-up |

Most CubeSat cameras now use **CMOS** sensors because of their low power, simple interfaces and availability. A **rolling shutter** exposes rows at slightly different times; with a moving scene or a rotating satellite this produces geometric distortion, which matters for mapping.

Imaging modes also differ: **framing cameras** capture 2D snapshots; **push-broom** line sensors build the image line by line as the satellite moves, which suits multispectral instruments with separate lines for each band. **TDI** sensors sum the charge of several lines that see the same ground point, improving signal without extra smear.`,
      },
      {
        title: "Noise and Signal-to-Noise Ratio",
        isCheckpoint: true,
        bodyMarkdown: `Image quality depends on the **signal-to-noise ratio (SNR)**. The signal S is the number of photo-electrons collected in a pixel, which depends on scene radiance, aperture, exposure time, optical transmission and **quantum efficiency (QE)**, the fraction of photons converted to electrons.

The main noise sources, expressed in electrons:

- **Shot noise** of the signal: √S, a fundamental property of light
- **Dark current noise:** electrons generated thermally, √(D × t) for dark current D and exposure time t
- **Read noise** σ_read from the output amplifier and ADC

Combining them:

- SNR = S / √(S + D × t + σ_read²)

Example: S = 10,000 e⁻, dark signal 100 e⁻, read noise 10 e⁻:

- SNR = 10,000 / √(10,000 + 100 + 100) ≈ 10,000 / 101 ≈ **99**

In bright scenes, shot noise dominates and SNR ≈ √S. In dark scenes or long exposures, read noise and dark current matter more.

**Temperature matters:** dark current roughly doubles every 6–8 °C, so a hot detector can lose significant SNR in dim scenes. Radiation also creates **hot pixels** over the mission, which must be mapped and corrected. The **full well capacity** (maximum electrons per pixel) limits the brightest signal and, together with noise, sets the dynamic range.`,
      },
    ],
    prerequisites: [
      { slug: "pay-camera-optics-gsd", required: true },
      { slug: "thm-temperature-limits", required: false },
    ],
  },
  {
    slug: "pay-interfaces",
    title: "Payload Interfaces and ICDs",
    subsystem: "payload",
    summary:
      "Defining the mechanical, electrical, data, thermal and software interfaces between payload and platform in an interface control document.",
    difficulty: "easy",
    estimatedMinutes: 25,
    sections: [
      {
        title: "Defining the Payload–Platform Interface",
        isCheckpoint: true,
        bodyMarkdown: `Many CubeSat integration problems are interface problems: a connector with the wrong pinout, a camera that draws more current at start-up than the EPS switch allows, or a data format the OBC cannot parse. An **interface control document (ICD)** prevents these by defining every interface explicitly.

| Interface | What the ICD specifies |
|---|---|
| Mechanical | Envelope, mounting points and fasteners, mass and centre of mass, alignment and field-of-view clearance, connector locations |
| Electrical | Supply voltages and tolerances, average and peak current, inrush, switching and protection, grounding, connector type and pinout |
| Data | Command and control bus (often I2C, UART or CAN), high-rate data interface (SPI, LVDS, SpaceWire, USB or Ethernet), protocols, data rates, timing or sync signals |
| Thermal | Dissipation per mode, conductive interface and contact area, operating and survival temperature ranges, heater needs |
| Software | Command list, telemetry format, file formats, boot and shutdown sequences, error reporting |
| Environmental | Test levels the payload must survive, cleanliness and contamination limits |

Good practices:

- Keep **one ICD per interface**, under version control, and have **both sides approve** every change.
- Describe timing behaviour, not just static values: how long the payload needs after power-on before accepting commands, and how it behaves if power is cut during a write to memory.
- Verify the ICD early with an **interface test** between engineering models, long before flight integration.`,
      },
    ],
    prerequisites: [
      { slug: "pay-requirements", required: true },
      { slug: "av-data-buses", required: true },
    ],
  },
  {
    slug: "pay-pointing-requirements",
    title: "Pointing Requirements for Payloads",
    subsystem: "payload",
    summary:
      "Pointing accuracy, knowledge and stability: what they mean, how to derive them from payload needs, and how to budget pointing errors.",
    difficulty: "hard",
    estimatedMinutes: 35,
    sections: [
      {
        title: "Accuracy, Knowledge and Stability",
        isCheckpoint: false,
        bodyMarkdown: `Payload pointing needs are expressed with three distinct quantities:

- **Pointing accuracy (control):** how close the actual pointing direction is to the commanded one. It decides whether the target falls inside the field of view.
- **Pointing knowledge:** how well the actual direction is known afterwards, from attitude sensors. It decides how accurately image pixels can be located on the ground (geolocation).
- **Pointing stability (jitter, drift):** how much the pointing changes during an exposure or between exposures. It decides image sharpness and the registration of multispectral bands.

For nadir viewing, an angular error δ (in radians) translates into a ground error of about h × δ. At 500 km, an error of 0.1° (1.75 mrad) corresponds to about **870 m** on the ground.

Typical CubeSat attitude control capabilities, as orders of magnitude:

| System | Pointing accuracy |
|---|---|
| Magnetorquers only | several degrees |
| Magnetorquers, sun sensors, magnetometer | about 1–5° |
| Reaction wheels with star tracker | about 0.01–0.1° |

Stating which of the three quantities a requirement refers to avoids long arguments between payload and attitude control engineers.`,
      },
      {
        title: "Deriving Pointing Requirements",
        isCheckpoint: true,
        bodyMarkdown: `Start from what the payload needs, using the imaging geometry.

**Accuracy from field of view.** With a 19.4 km swath at 500 km, the half-swath is 9.7 km. To image a 5 km wide target (half-width 2.5 km) entirely, the pointing error may move the image centre by at most 9.7 − 2.5 = 7.2 km:

- δ_max ≈ 7.2 / 500 = 0.0144 rad ≈ **0.8°**

**Knowledge from geolocation.** If images must be located to within 100 m without ground control points, knowledge must be better than about 100 / 500,000 = 0.2 mrad ≈ **0.011°** (about 41 arcseconds), a job for a star tracker.

**Stability from smear.** During an exposure t_exp, the pointing may drift by at most a fraction of the IFOV. With IFOV = 9.5 µrad and t_exp = 50 ms (for example a dim scene):

- rate < 9.5 × 10⁻⁶ / 0.05 ≈ 0.19 mrad/s ≈ **0.011 °/s** for one pixel of smear

**Pointing error budget.** List all contributors, such as sensor noise, star tracker to camera misalignment, thermal distortion, timing errors and control errors, and combine them. Independent random errors are usually combined by root-sum-square (RSS); systematic biases are added. Compare the total with the requirement, keeping margin.`,
      },
    ],
    prerequisites: [{ slug: "pay-camera-optics-gsd", required: true }],
  },
  {
    slug: "pay-data-volume-compression",
    title: "Data Volume and Compression",
    subsystem: "payload",
    summary:
      "Estimating payload data volumes, comparing them with downlink capacity, and using compression and onboard processing to close the gap.",
    difficulty: "medium",
    estimatedMinutes: 40,
    sections: [
      {
        title: "Estimating Data Volume",
        isCheckpoint: false,
        bodyMarkdown: `Payload data volume is easy to estimate and easy to underestimate. For an imager:

- bits per image = pixels across × pixels along × bit depth × number of bands

Example: a 4,096 × 3,072 pixel sensor with 12-bit output, one band:

- 4,096 × 3,072 = 12.6 million pixels
- × 12 bits ≈ **151 Mbit ≈ 18.9 MB** per image

If the mission plan calls for 20 images per day, the raw volume is about **3.0 Gbit per day** (about 380 MB).

Remember the additions:

- **metadata**: timestamps, attitude and position, exposure settings, temperatures
- **calibration data**: dark frames and flat fields, sometimes as many as science frames in early operations
- **protocol overhead** of packets and frames, typically 5–20 %
- **retransmissions** of lost packets

Also estimate onboard **storage**. Data waits on board until a good pass, and missed passes (ground station outages, anomalies) make it accumulate. Storage for several days of data provides resilience. SD cards and NAND flash give plenty of capacity, but file systems and write endurance need careful handling, as covered in payload data handling.`,
      },
      {
        title: "Downlink Capacity",
        isCheckpoint: false,
        bodyMarkdown: `Daily downlink capacity is:

- capacity = data rate × usable contact time per day × efficiency

where the efficiency accounts for protocol overhead, acquisition time at the start of passes, retransmissions and passes used for other tasks.

Compare two links with 40 minutes (2,400 s) of usable contact per day:

| Link | Data rate | Efficiency | Daily capacity |
|---|---|---|---|
| UHF GFSK | 9.6 kbit/s | 0.7 | about 16 Mbit |
| S-band QPSK | 2 Mbit/s | 0.8 | about 3.8 Gbit |

The UHF link cannot downlink even **one** raw 151 Mbit image per day. The S-band link can handle the 3.0 Gbit daily volume from the previous section, with little margin.

Ways to close a gap between data volume and capacity:

- **more contact time:** additional ground stations or a commercial ground station network
- **higher data rate:** better link budget, higher frequency band, more efficient modulation and coding
- **less data:** compression, onboard selection, smaller regions of interest, fewer bands

Always perform this comparison early. A mission whose data cannot reach the ground does not meet its objectives, however good the payload.`,
      },
      {
        title: "Compression and Onboard Processing",
        isCheckpoint: true,
        bodyMarkdown: `**Lossless compression** reproduces the original data exactly. For typical Earth images it achieves about **2:1 to 3:1**, depending on scene content and noise. Standards include CCSDS 121.0 (general-purpose lossless) and CCSDS 123.0 (for multispectral and hyperspectral data, with a near-lossless option).

**Lossy compression** discards information the user is unlikely to need, reaching **10:1 or more** with acceptable quality for many uses. Examples: JPEG, JPEG 2000 and CCSDS 122.0 (wavelet-based image compression). Lossy compression affects scientific accuracy, so agree the acceptable level with the data users, and never compress calibration frames lossily.

**Onboard processing** reduces data before it is stored:

- **cloud detection:** discard or deprioritise images that are mostly cloud, often a large fraction of the total
- **region of interest:** crop to the target area
- **thumbnails first:** downlink small previews, let operators select which full images to download
- **onboard analysis:** extract only results (for example detections), sending kilobytes instead of megabytes

Each technique costs processing power, energy and development effort, and adds risk if it discards useful data. A common compromise is to store raw data on board for some days, downlink compressed products, and retrieve raw data selectively.`,
      },
    ],
    prerequisites: [
      { slug: "pay-detectors", required: true },
      { slug: "com-link-budget", required: true },
    ],
  },
  {
    slug: "pay-data-handling",
    title: "Onboard Payload Data Handling",
    subsystem: "payload",
    summary:
      "Moving payload data from the detector to storage and the radio: interfaces, storage, metadata and reliable file transfer.",
    difficulty: "hard",
    estimatedMinutes: 30,
    sections: [
      {
        title: "From Detector to Downlink",
        isCheckpoint: true,
        bodyMarkdown: `Payload data follows a path from sensor to ground, and every step needs enough bandwidth and robustness:

1. **Detector → payload processor:** high-rate parallel, MIPI or LVDS interfaces into an FPGA or system-on-chip.
2. **Processing:** formatting, compression, metadata insertion.
3. **Storage:** NAND flash or SD cards, managed by a file system or a simpler log-structured store.
4. **Transfer to the radio:** directly to a high-rate transmitter, or through the OBC.
5. **Downlink** as files split into packets.

**Choose the right bus.** The platform housekeeping bus is usually far too slow: a 151 Mbit image over I2C at 400 kHz would take roughly **7–8 minutes** even ignoring protocol overhead, while SPI at 20 MHz needs about 8 seconds. High-rate payload data therefore uses SPI, LVDS, SpaceWire, USB or Ethernet, leaving I2C or CAN for commands and housekeeping.

**Metadata** makes data useful: each file needs a timestamp, satellite position and attitude, exposure settings, detector temperature and a unique identifier.

**Reliable file transfer:** split files into numbered chunks with a CRC per chunk and per file; keep a file catalogue on board; let the ground request only missing chunks, as in protocols such as CCSDS CFDP. A **downlink queue** with priorities (housekeeping first, then selected science files) ensures important data goes first.

Design for power loss: a reset during a write must not corrupt the file system.`,
      },
    ],
    prerequisites: [
      { slug: "pay-interfaces", required: true },
      { slug: "pay-data-volume-compression", required: true },
    ],
  },
  {
    slug: "pay-calibration",
    title: "Payload Calibration: Pre-Flight and On-Orbit",
    subsystem: "payload",
    summary:
      "Radiometric, geometric and spectral calibration of an imaging payload, in the laboratory before launch and with on-orbit techniques afterwards.",
    difficulty: "hard",
    estimatedMinutes: 45,
    sections: [
      {
        title: "Why Calibrate",
        isCheckpoint: false,
        bodyMarkdown: `Raw images contain **digital numbers (DN)**, not physical quantities. Calibration turns them into measurements that can be compared across time, sensors and missions.

Three types of calibration:

- **Radiometric:** converts DN into radiance (W/(m²·sr·µm)) or reflectance, correcting for dark signal, pixel-to-pixel sensitivity differences and the system's absolute response.
- **Geometric:** describes where each pixel looks: focal length, distortion, and alignment between the camera and the attitude sensors, so pixels can be mapped to ground coordinates.
- **Spectral:** measures the spectral response of each band, needed to compare with other sensors and to compute indices such as NDVI.

A basic radiometric model per pixel:

- L = g × (DN − DN_dark) / (t_exp × FF)

where DN_dark is the dark signal for that exposure and temperature, FF the **flat-field** (relative sensitivity) factor of the pixel, t_exp the exposure time and g the absolute calibration coefficient.

Without calibration, differences between images may reflect the instrument's temperature or exposure rather than changes on the ground. For science missions, calibration quality often matters more than resolution.`,
      },
      {
        title: "Pre-Flight Calibration",
        isCheckpoint: false,
        bodyMarkdown: `Laboratory calibration establishes the baseline before launch:

- **Dark frames** at several exposure times and detector temperatures, to model dark current and identify hot pixels. Use the thermal vacuum test or a climate chamber to cover the expected temperature range.
- **Flat fields:** images of a uniform source, ideally an **integrating sphere**, to measure pixel-to-pixel response non-uniformity (PRNU) and vignetting.
- **Absolute radiometric calibration:** images of a source with known, traceable radiance (a calibrated integrating sphere or lamp), to determine the gain coefficient for each band.
- **Linearity:** response at many signal levels, up to saturation.
- **Spectral response:** a monochromator scans wavelengths to measure each band's response curve.
- **Geometric calibration:** a collimator or target pattern measures focal length, distortion and the modulation transfer function (MTF).
- **Focus versus temperature**, if the optics are sensitive.

Record the environmental conditions of every measurement, especially temperatures. Repeat a subset of measurements after vibration testing, because vibration can shift optics and change focus or alignment.`,
      },
      {
        title: "On-Orbit Calibration",
        isCheckpoint: true,
        bodyMarkdown: `Calibration changes after launch: launch vibrations shift optics, outgassing contaminates surfaces, and radiation degrades detectors. On-orbit techniques track these changes:

- **Dark frames in orbit:** images taken with the shutter closed, or over the night side of Earth, update the dark current and hot-pixel maps.
- **Vicarious calibration:** imaging **pseudo-invariant calibration sites** (PICS), stable desert areas such as Libya-4 or instrumented sites such as Railroad Valley Playa, whose reflectance is well known, to check absolute calibration.
- **Cross-calibration:** comparing near-simultaneous images of the same area with well-calibrated reference missions such as Landsat 8/9 or Sentinel-2, accounting for spectral band differences.
- **Lunar calibration:** the Moon's reflectance is very stable, making it an excellent reference if the satellite can point at it.
- **Geometric calibration:** comparing image features with **ground control points** of known coordinates to estimate camera-to-star-tracker misalignment and distortion.

Plan calibration activities in the concept of operations from the start: they consume pointing time, power and downlink like any other observation. Track calibration coefficients over time and publish them with the data, so users can trust and reproduce the results.`,
      },
    ],
    prerequisites: [
      { slug: "pay-detectors", required: true },
      { slug: "pay-camera-optics-gsd", required: false },
    ],
  },
  {
    slug: "pay-science-operations",
    title: "Science Operations Planning",
    subsystem: "payload",
    summary:
      "Turning user requests into executed observations and delivered data products, from target access analysis to processing levels.",
    difficulty: "hard",
    estimatedMinutes: 30,
    sections: [
      {
        title: "From Request to Data Product",
        isCheckpoint: true,
        bodyMarkdown: `**Science operations** is the loop that turns scientific goals into data products:

1. **Requests:** users or the science team specify targets, time windows and conditions (for example sun elevation above 30°, cloud cover below 20 %).
2. **Access analysis:** orbit prediction determines when each target can be seen and at what off-nadir angle.
3. **Constraint checking:** power, onboard storage, downlink capacity, pointing slew time, thermal limits and conflicts with other targets or calibration activities.
4. **Scheduling:** selected observations become time-tagged command sequences, validated and uploaded during a pass.
5. **Execution and downlink:** the satellite acquires data, which is downlinked according to priority.
6. **Processing and distribution:** data is processed through standard levels and delivered to users.
7. **Feedback:** failed or cloudy acquisitions go back into the request queue.

Common **processing levels**:

| Level | Content |
|---|---|
| L0 | Raw data, reconstructed and time-ordered, duplicates removed |
| L1 | Radiometrically calibrated and geolocated data |
| L2 | Derived geophysical quantities, such as surface reflectance or NDVI |
| L3 | Data mapped onto uniform grids or composited over time |

Automate the repetitive steps early: a small team cannot hand-plan every pass for a mission lasting a year or more.`,
      },
    ],
    prerequisites: [
      { slug: "pay-pointing-requirements", required: true },
      { slug: "mo-pass-scheduling", required: true },
    ],
  },
  {
    slug: "pay-end-to-end-verification",
    title: "Payload End-to-End Verification and Commissioning",
    subsystem: "payload",
    summary:
      "Verifying the payload chain from scene to data product on the ground, surviving environmental tests, and commissioning the payload in orbit.",
    difficulty: "expert",
    estimatedMinutes: 60,
    sections: [
      {
        title: "End-to-End Data Path Test",
        isCheckpoint: false,
        bodyMarkdown: `An **end-to-end test** verifies the complete chain with the flight hardware and software as a system, not just individual parts:

1. **Stimulus:** present a known scene to the payload, such as a resolution target through a collimator, a uniform illuminated screen or an outdoor scene at a known distance.
2. **Acquisition:** command the capture through the real command path, ideally from the ground station software over the RF link.
3. **Onboard handling:** the data passes through the payload processor, compression, storage and file catalogue.
4. **Downlink:** transfer the file over the flight radio to the ground station, including requests to retransmit missing chunks.
5. **Ground processing:** run the processing chain to produce L0 and L1 products.
6. **Comparison:** compare the result with the known stimulus and with data captured directly from the payload through a test interface.

The test reveals problems no unit test finds: byte-order errors, metadata timestamps in the wrong time system, compression settings that differ between flight and ground, or files corrupted when storage wraps around.

Run the end-to-end test early with engineering models, and again with flight hardware after environmental testing. Keep the test data as a **reference data set** for regression testing whenever flight or ground software changes.`,
      },
      {
        title: "Environmental Testing of the Payload",
        isCheckpoint: false,
        bodyMarkdown: `Payloads, especially optical ones, are sensitive to the environments of launch and orbit:

- **Vibration:** can shift lenses and mirrors, loosen fasteners or crack bonded optics. Measure focus and image quality (for example MTF with a collimator target) **before and after** vibration, not only electrical function.
- **Thermal vacuum:** the payload must work across its predicted temperature range in vacuum. Measure focus shifts with temperature, detector dark current and noise at hot and cold plateaus, and verify heater control if used. Some lens assemblies change focus noticeably between room pressure and vacuum, because the refractive index of air is no longer present.
- **Contamination control:** outgassing products condense on cold optical surfaces and detectors. Bake out the payload and surrounding materials, cover optics during handling and test, and use purge or clean-room practices where possible.
- **Electromagnetic compatibility:** check that the payload does not disturb the radio or attitude sensors, and that they do not disturb it.

Document all optical performance measurements with their conditions. Any change after a test needs an explanation, since in orbit there is no chance to refocus by hand.`,
      },
      {
        title: "Payload Commissioning in Orbit",
        isCheckpoint: false,
        bodyMarkdown: `Payload commissioning starts once the platform is stable: power-positive, thermally settled and pointing as required.

A typical sequence:

1. **Switch-on and health check:** power on in a safe configuration, verify currents, voltages, temperatures and communication with the payload processor.
2. **Functional checkout:** exercise modes and commands without imaging the Earth, for example internal test patterns.
3. **Dark frames:** capture with the shutter closed or over the night side, to check detector noise and hot pixels after launch.
4. **First light:** the first Earth image, usually a bright, easy target. It verifies that the whole chain works and often becomes the team's most shared picture.
5. **Focus and image quality checks:** analyse sharp features such as coastlines or bridges to estimate MTF and focus; adjust focus if a mechanism exists.
6. **Geolocation check:** compare image features with maps to estimate pointing biases and camera alignment.
7. **Calibration campaign:** vicarious and cross-calibration acquisitions to establish the in-flight calibration.

Compare each result with pre-flight data and keep a commissioning log. Unexpected results are common and often harmless, but they must be understood before nominal science begins.`,
      },
      {
        title: "Declaring the Payload Operational",
        isCheckpoint: true,
        bodyMarkdown: `Commissioning ends with a formal decision that the payload is ready for routine operations. Typical criteria:

- **Performance:** the payload meets its key requirements, with evidence: GSD and image quality, SNR, geolocation accuracy, data volume per day. Use the requirements traceability matrix to check each one.
- **Data products:** the ground processing chain produces validated L1 (and, if planned, L2) products, with calibration coefficients documented.
- **Operations readiness:** procedures for routine planning, acquisition, downlink and processing are written, tested and used successfully for several days; contingency procedures exist for common payload anomalies.
- **Known issues:** every anomaly observed during commissioning is understood and either resolved or documented with a workaround.
- **Handover:** responsibilities pass from the commissioning team to the routine operations and science teams, with training completed.

Hold a short **commissioning review** and write a commissioning report summarising results, deviations from requirements and lessons learned. This report is valuable evidence for funders and partners, for publications, and for the next mission your team builds.`,
      },
    ],
    prerequisites: [
      { slug: "pay-calibration", required: true },
      { slug: "pay-data-handling", required: true },
    ],
  },
];
