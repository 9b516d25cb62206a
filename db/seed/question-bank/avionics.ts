import type { Checkpoint } from "../../../app/lib/domain/module-spec";

/**
 * Checkpoints for the avionics demo modules, by module slug. Each checkpoint follows the
 * catalogue section marked `isCheckpoint` and is answerable from the module's text plus
 * basic engineering; numeric answers carry their working in the explanation.
 */
export const AVIONICS_QUESTION_BANK: Record<string, Checkpoint[]> = {
  "av-obc-architecture": [
    {
      id: "architecture-check",
      title: "Checkpoint: avionics architectures",
      afterSection: 1,
      questions: [
        {
          id: "distributed-obc-reset",
          kind: "multiple_choice",
          prompt:
            "In a **distributed** architecture, the OBC resets unexpectedly during an eclipse. What happens to the EPS and ADCS, which each have their own microcontroller?",
          options: [
            { id: "a", text: "Every subsystem loses power until the OBC has rebooted." },
            { id: "b", text: "They keep running their own functions while the OBC restarts." },
            { id: "c", text: "The EPS switches automatically to a hot spare OBC." },
            { id: "d", text: "The ADCS takes over as the bus coordinator permanently." },
          ],
          correctOptionId: "b",
          explanation:
            "Fault containment is the main advantage of distributed avionics: each subsystem runs its own software, so an OBC reset interrupts coordination but not the subsystems themselves.",
        },
        {
          id: "hot-vs-cold-spare",
          kind: "multiple_choice",
          prompt: "Which redundancy scheme takes over fastest after a failure, at the cost of continuous power?",
          options: [
            { id: "a", text: "A cold spare OBC, unpowered until the primary fails" },
            { id: "b", text: "A single OBC protected by an external watchdog" },
            { id: "c", text: "A hot spare OBC running in parallel with the primary" },
            { id: "d", text: "A golden boot image stored in flash" },
          ],
          correctOptionId: "c",
          explanation:
            "A hot spare is already running and can take over quickly, but it draws power all the time. A cold spare saves that power but must boot first.",
        },
        {
          id: "distributed-processor-power",
          kind: "numeric",
          prompt:
            "An OBC draws **350 mW**. A distributed design adds **four** subsystem microcontrollers drawing **60 mW** each. What is the total processor power, in watts?",
          answer: 0.59,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "P = 350 mW + 4 × 60 mW = 350 mW + 240 mW = 590 mW = 0.59 W. Each extra microcontroller is a small load, but together they are a visible line in a CubeSat power budget.",
        },
        {
          id: "why-partly-distributed",
          kind: "multiple_choice",
          prompt: "Why are most modern CubeSats at least **partly distributed**?",
          options: [
            { id: "a", text: "The CubeSat Design Specification requires one processor per subsystem." },
            { id: "b", text: "Distributed designs always use less power." },
            { id: "c", text: "A single OBC cannot run an attitude control loop." },
            { id: "d", text: "Commercial subsystems arrive with their own processors." },
          ],
          correctOptionId: "d",
          explanation:
            "Off-the-shelf EPS, ADCS and radio boards come with their own microcontrollers, so the OBC naturally becomes a coordinator. Distributed designs actually cost a little more power, not less.",
        },
      ],
    },
  ],

  "av-data-buses": [
    {
      id: "bus-check",
      title: "Checkpoint: choosing and using data buses",
      afterSection: 2,
      questions: [
        {
          id: "can-arbitration",
          kind: "multiple_choice",
          prompt:
            "Two CAN nodes start transmitting at the same instant, one with identifier **0x120** and one with **0x0A5**. What happens?",
          options: [
            { id: "a", text: "0x120 wins, because higher identifiers have priority." },
            { id: "b", text: "Both frames are corrupted and both nodes wait a random time." },
            { id: "c", text: "0x0A5 wins and 0x120 retries automatically afterwards." },
            { id: "d", text: "The node that was powered on first wins." },
          ],
          correctOptionId: "c",
          explanation:
            "During bitwise arbitration a dominant 0 overwrites a recessive 1, so the lower identifier (0x0A5) wins without its frame being corrupted, and the other node retries.",
        },
        {
          id: "can-termination",
          kind: "numeric",
          prompt:
            "A CAN harness is terminated with a **120 Ω** resistor at each end. With everything unpowered, what resistance do you expect to measure between CAN_H and CAN_L?",
          answer: 60,
          tolerance: { absolute: 1 },
          unit: "Ω",
          alternativeUnits: { ohm: 1, kΩ: 1000 },
          explanation:
            "The two terminators appear in parallel: R = (120 × 120) / (120 + 120) = 60 Ω. Measuring 120 Ω means one terminator is missing; about 40 Ω means there is a third.",
        },
        {
          id: "can-frame-rate",
          kind: "numeric",
          prompt:
            "A classic CAN frame with 8 data bytes occupies about **125 bits** on the bus, including identifier, CRC and bit stuffing. At **500 kbit/s**, how many such frames per second can the bus carry at most?",
          answer: 4000,
          tolerance: { relative: 0.02 },
          unit: "frames/s",
          alternativeUnits: { "/s": 1, Hz: 1 },
          explanation:
            "500,000 bit/s ÷ 125 bit/frame = 4,000 frames/s, i.e. at most 32,000 data bytes per second. Real networks are loaded well below this so that low-priority frames still get through.",
        },
        {
          id: "bus-for-flash",
          kind: "multiple_choice",
          prompt: "Which bus is the best fit for a NOR flash memory on the OBC board itself?",
          options: [
            { id: "a", text: "CAN, because every frame carries a CRC" },
            { id: "b", text: "I2C, because it needs only two pins" },
            { id: "c", text: "SPI, because it runs at tens of MHz over short on-board distances" },
            { id: "d", text: "A long RS-485 harness, because it is differential" },
          ],
          correctOptionId: "c",
          explanation:
            "Memories need throughput over a few centimetres of PCB, which is exactly what SPI offers (10–50 MHz clocks, one chip select per device). Add a CRC at protocol level for critical data, since SPI has none.",
        },
      ],
    },
  ],

  "av-command-data-handling": [
    {
      id: "telemetry-check",
      title: "Checkpoint: telemetry and storage sizing",
      afterSection: 2,
      questions: [
        {
          id: "daily-telemetry-volume",
          kind: "numeric",
          prompt:
            "A CubeSat samples **150 parameters** of **16 bits** each every **5 s**. How much housekeeping data does it generate per day, in megabytes (1 MB = 10⁶ bytes)?",
          answer: 5.184,
          tolerance: { relative: 0.03 },
          unit: "MB",
          alternativeUnits: { kB: 0.001, Mbit: 0.125, GB: 1000 },
          explanation:
            "150 × 16 bit = 2,400 bit per sample set; ÷ 5 s = 480 bit/s; × 86,400 s = 41.47 Mbit ≈ 5.18 MB per day.",
        },
        {
          id: "downlink-time",
          kind: "numeric",
          prompt:
            "A day of stored telemetry is **5.4 MB**. How many minutes of pure transmission does it need on a **9.6 kbit/s** UHF link?",
          answer: 75,
          tolerance: { relative: 0.03 },
          unit: "min",
          alternativeUnits: { s: 1 / 60, h: 60 },
          explanation:
            "5.4 MB × 8 = 43.2 Mbit; 43,200,000 bit ÷ 9,600 bit/s = 4,500 s = 75 min — more than a single ground station usually offers per day, so rates must drop or data be summarised.",
        },
        {
          id: "ring-buffer-full",
          kind: "multiple_choice",
          prompt: "Stored telemetry is kept in a **ring buffer**. What happens when the buffer is full and a new packet arrives?",
          options: [
            { id: "a", text: "The new packet is discarded until the buffer is downlinked." },
            { id: "b", text: "The OBC enters SAFE mode to protect the data." },
            { id: "c", text: "The oldest stored data is overwritten." },
            { id: "d", text: "Sampling stops until a ground command clears the buffer." },
          ],
          correctOptionId: "c",
          explanation:
            "A ring buffer always keeps the most recent data by overwriting the oldest, which is why anomaly data must be downlinked before it wraps around.",
        },
        {
          id: "sequence-counter",
          kind: "multiple_choice",
          prompt: "What is the **sequence counter** in each telemetry packet header used for on the ground?",
          options: [
            { id: "a", text: "Detecting gaps, i.e. packets that were lost" },
            { id: "b", text: "Authenticating the spacecraft" },
            { id: "c", text: "Correcting bit errors in the payload" },
            { id: "d", text: "Setting the onboard clock" },
          ],
          correctOptionId: "a",
          explanation:
            "Consecutive packets of one type carry consecutive counter values, so a jump in the counter shows exactly how many packets are missing. Error correction and timing are handled by other fields and layers.",
        },
      ],
    },
  ],

  "av-flight-software-modes": [
    {
      id: "modes-check",
      title: "Checkpoint: robust mode management",
      afterSection: 2,
      questions: [
        {
          id: "hysteresis-purpose",
          kind: "multiple_choice",
          prompt:
            "A 2S battery triggers SAFE below **6.8 V**, but the return to NOMINAL is only allowed above **7.4 V**. Why not use 6.8 V for both?",
          options: [
            { id: "a", text: "Li-ion cells cannot be charged between 6.8 V and 7.4 V." },
            { id: "b", text: "The CubeSat Design Specification fixes these two values." },
            { id: "c", text: "7.4 V is the only voltage the ADC can measure accurately." },
            { id: "d", text: "With one threshold, noise and load changes would make the spacecraft chatter between modes." },
          ],
          correctOptionId: "d",
          explanation:
            "This is hysteresis. Switching loads off in SAFE lets the voltage rise slightly; with a single threshold the spacecraft would re-enter NOMINAL, sag again and oscillate.",
        },
        {
          id: "persisted-wait-timer",
          kind: "numeric",
          prompt:
            "The OBC resets **20 minutes** after ejection. The elapsed wait time is stored in non-volatile memory and survives the reset. How many more minutes must the software wait before its **first RF transmission**?",
          answer: 25,
          tolerance: { absolute: 0.5 },
          unit: "min",
          alternativeUnits: { s: 1 / 60 },
          explanation:
            "The CubeSat Design Specification requires 45 min before RF transmission; with 20 min persisted, 45 − 20 = 25 min remain. Without persistence the reset would restart the full 45 min.",
        },
        {
          id: "mode-owner",
          kind: "multiple_choice",
          prompt: "Which rule keeps mode changes predictable in flight software?",
          options: [
            { id: "a", text: "Any task that detects a problem switches the mode itself." },
            { id: "b", text: "A single mode-manager task decides; other tasks only request changes." },
            { id: "c", text: "The ground always commands every mode change, including entry to SAFE." },
            { id: "d", text: "The mode is held in RAM only, so a reset always clears it." },
          ],
          correctOptionId: "b",
          explanation:
            "One owner means one place where transitions are checked against the table. SAFE must still be entered autonomously, because most faults happen out of contact.",
        },
        {
          id: "mode-after-reset",
          kind: "multiple_choice",
          prompt: "After an unexpected reset, what do most teams let the flight software do?",
          options: [
            { id: "a", text: "Boot into SAFE, or return to the last mode only if no fault was recorded" },
            { id: "b", text: "Always return to SCIENCE to avoid losing payload time" },
            { id: "c", text: "Restart the 45-minute launch wait before doing anything" },
            { id: "d", text: "Stay in OFF until the next ground pass" },
          ],
          correctOptionId: "a",
          explanation:
            "The persisted mode and the reason for the last transition let the software decide deliberately; SAFE is the conservative default when a fault may have caused the reset.",
        },
      ],
    },
  ],

  "av-watchdogs-resets": [
    {
      id: "watchdog-check",
      title: "Checkpoint: watchdogs and resets",
      afterSection: 0,
      questions: [
        {
          id: "kick-from-interrupt",
          kind: "multiple_choice",
          prompt: "Why should the watchdog **not** be kicked from a periodic timer interrupt?",
          options: [
            { id: "a", text: "The interrupt keeps firing even when the tasks are deadlocked, so the hang goes unnoticed." },
            { id: "b", text: "Interrupts are too slow to meet the watchdog period." },
            { id: "c", text: "Kicking from an interrupt wears out the watchdog IC." },
            { id: "d", text: "It would make the windowed watchdog reset too late." },
          ],
          correctOptionId: "a",
          explanation:
            "The kick must prove that the software is healthy. Only the health-monitoring task, after checking that every critical task has reported in, should refresh the watchdog.",
        },
        {
          id: "windowed-watchdog",
          kind: "multiple_choice",
          prompt: "What extra fault does a **windowed** watchdog catch compared with a simple one?",
          options: [
            { id: "a", text: "A receiver stuck in a bad configuration" },
            { id: "b", text: "A latch-up in the radio" },
            { id: "c", text: "Software stuck in a tight loop that keeps kicking too early" },
            { id: "d", text: "A crystal that has stopped oscillating" },
          ],
          correctOptionId: "c",
          explanation:
            "A windowed watchdog also resets on a kick that comes too early, so a runaway loop that kicks constantly cannot keep the processor alive.",
        },
        {
          id: "ground-watchdog-remaining",
          kind: "numeric",
          prompt:
            "The ground (communications) watchdog is set to **48 h**. The last valid command arrived on Monday at 14:00 UTC and it is now Tuesday at 20:00 UTC. How many hours remain before it resets the radio?",
          answer: 18,
          tolerance: { absolute: 0.1 },
          unit: "h",
          alternativeUnits: { min: 1 / 60 },
          explanation:
            "Monday 14:00 to Tuesday 20:00 is 30 h, so 48 − 30 = 18 h remain. Any valid command before then restarts the count.",
        },
        {
          id: "external-watchdog",
          kind: "multiple_choice",
          prompt: "Which watchdog can clear a latched state that an internal processor reset cannot?",
          options: [
            { id: "a", text: "The microcontroller's internal watchdog" },
            { id: "b", text: "A software timer in the scheduler" },
            { id: "c", text: "The ground watchdog in the mission control software" },
            { id: "d", text: "An external watchdog IC that power-cycles the OBC" },
          ],
          correctOptionId: "d",
          explanation:
            "Removing power clears latched states in peripherals and logic. An internal watchdog shares the chip's clock and fate and only resets the core.",
        },
      ],
    },
  ],

  "av-timekeeping": [
    {
      id: "time-check",
      title: "Checkpoint: clock drift and time formats",
      afterSection: 0,
      questions: [
        {
          id: "drift-five-days",
          kind: "numeric",
          prompt:
            "An RTC crystal has a frequency error of **30 ppm**. How far (in seconds) can onboard time drift in **5 days** without correction?",
          answer: 12.96,
          tolerance: { relative: 0.03 },
          unit: "s",
          alternativeUnits: { ms: 0.001, min: 60 },
          explanation:
            "Drift = 30 × 10⁻⁶ × 5 × 86,400 s = 30 × 10⁻⁶ × 432,000 s ≈ 13.0 s — enough to mistime an image of a specific target.",
        },
        {
          id: "sync-interval",
          kind: "numeric",
          prompt:
            "With a **20 ppm** crystal, how often (in hours) must the clock be synchronised to keep the error below **0.5 s**?",
          answer: 6.94,
          tolerance: { relative: 0.03 },
          unit: "h",
          alternativeUnits: { min: 1 / 60, s: 1 / 3600 },
          explanation:
            "t = 0.5 s ÷ (20 × 10⁻⁶) = 25,000 s ≈ 6.9 h. That is every few passes — which is why teams also estimate and correct the drift rate.",
        },
        {
          id: "gps-to-utc",
          kind: "multiple_choice",
          prompt: "A GNSS receiver reports **12:00:18 GPS time**. What is the corresponding UTC?",
          options: [
            { id: "a", text: "12:00:36 UTC" },
            { id: "b", text: "12:00:00 UTC" },
            { id: "c", text: "12:00:18 UTC" },
            { id: "d", text: "11:59:42 UTC" },
          ],
          correctOptionId: "b",
          explanation:
            "GPS time has no leap seconds and has been 18 s ahead of UTC since 2017, so UTC = 12:00:18 − 18 s = 12:00:00. Do this conversion on the ground.",
        },
        {
          id: "onboard-format",
          kind: "multiple_choice",
          prompt: "Why do flight software designers prefer a count of seconds since an epoch over a calendar format on board?",
          options: [
            { id: "a", text: "Calendar formats cannot represent leap years." },
            { id: "b", text: "Radios can only transmit integers." },
            { id: "c", text: "A seconds count is more accurate than the crystal." },
            { id: "d", text: "Time arithmetic (adding delays, comparing tags) is simple and unambiguous." },
          ],
          correctOptionId: "d",
          explanation:
            "Time-tagged commands and timestamps need subtraction and comparison; a single counter such as CCSDS CUC makes that trivial, while calendar arithmetic invites bugs.",
        },
      ],
    },
  ],

  "av-radiation-effects": [
    {
      id: "radiation-check",
      title: "Checkpoint: radiation effects and mitigation",
      afterSection: 1,
      questions: [
        {
          id: "identify-latch-up",
          kind: "multiple_choice",
          prompt:
            "Over the South Atlantic Anomaly, the current on a sensor rail jumps from **80 mA** to **300 mA** and stays there. Which effect is this most likely, and what is urgent?",
          options: [
            { id: "a", text: "Single-event latch-up: remove power within milliseconds" },
            { id: "b", text: "Total ionising dose: replace the part at the next opportunity" },
            { id: "c", text: "Single-event upset: scrub the memory" },
            { id: "d", text: "Displacement damage: add cover glass" },
          ],
          correctOptionId: "a",
          explanation:
            "A sudden, sustained current rise is the signature of latch-up, a parasitic thyristor that destroys the device unless a current limiter cuts power quickly and then restores it.",
        },
        {
          id: "soft-error",
          kind: "multiple_choice",
          prompt: "Which effect is a non-destructive **soft error** that EDAC and scrubbing are designed to handle?",
          options: [
            { id: "a", text: "SEB (single-event burnout)" },
            { id: "b", text: "SEL (single-event latch-up)" },
            { id: "c", text: "SEU (single-event upset)" },
            { id: "d", text: "TID (total ionising dose)" },
          ],
          correctOptionId: "c",
          explanation:
            "An SEU flips a stored bit without damaging the device; error-correcting codes and periodic scrubbing repair it. SEB and SEL are destructive, TID is cumulative degradation.",
        },
        {
          id: "tid-margin",
          kind: "numeric",
          prompt:
            "Your orbit analysis predicts **2.5 krad(Si) per year** behind the structure for a **3-year** mission. A part is tested to tolerate **20 krad(Si)**. What is the ratio of part tolerance to expected mission dose?",
          answer: 2.67,
          tolerance: { relative: 0.02 },
          unit: "",
          explanation:
            "Mission dose = 2.5 × 3 = 7.5 krad(Si); ratio = 20 / 7.5 ≈ 2.67. Many projects ask for a radiation design margin of at least 2, because part-to-part variation is large.",
        },
        {
          id: "saa-location",
          kind: "multiple_choice",
          prompt: "Where do most single-event upsets happen for a satellite in a low-inclination LEO orbit?",
          options: [
            { id: "a", text: "Over the poles" },
            { id: "b", text: "Over the South Atlantic Anomaly" },
            { id: "c", text: "In eclipse" },
            { id: "d", text: "Directly over the ground station" },
          ],
          correctOptionId: "b",
          explanation:
            "The inner proton belt dips to LEO altitudes over the South Atlantic Anomaly, so upset counters often spike there. Galactic cosmic rays matter more at high inclinations.",
        },
      ],
    },
  ],

  "av-edac-memory-protection": [
    {
      id: "memory-protection-check",
      title: "Checkpoint: protecting memory and software",
      afterSection: 1,
      questions: [
        {
          id: "tmr-vote",
          kind: "multiple_choice",
          prompt:
            "The three TMR copies of the mode variable read **0x05**, **0x05** and **0x07**. What does the voter do?",
          options: [
            { id: "a", text: "Uses 0x07, the most recently written copy" },
            { id: "b", text: "Reports a fault and reboots the OBC" },
            { id: "c", text: "Uses the average of the three values" },
            { id: "d", text: "Uses 0x05 and rewrites the third copy with 0x05" },
          ],
          correctOptionId: "d",
          explanation:
            "Majority voting takes the value held by two of the three copies and corrects the odd one out, so a single upset never reaches the software.",
        },
        {
          id: "golden-image",
          kind: "multiple_choice",
          prompt: "What makes a **golden image** different from the other boot images?",
          options: [
            { id: "a", text: "It runs faster because it is stored in MRAM." },
            { id: "b", text: "It is never overwritten in orbit, so the bootloader can always fall back to it." },
            { id: "c", text: "It is the newest version uploaded from the ground." },
            { id: "d", text: "It is the only image protected by a CRC." },
          ],
          correctOptionId: "b",
          explanation:
            "Updates go to spare slots and are marked bootable only after verification; the golden image stays untouched as the last-resort known-good software.",
        },
        {
          id: "secded-overhead",
          kind: "numeric",
          prompt:
            "**4 MB** of data is stored with a (72,64) Hamming SEC-DED code. How much physical memory does it occupy, in MB?",
          answer: 4.5,
          tolerance: { relative: 0.01 },
          unit: "MB",
          alternativeUnits: { kB: 0.001 },
          explanation:
            "Every 64 data bits need 72 stored bits: 4 MB × 72 / 64 = 4.5 MB, a 12.5 % overhead.",
        },
        {
          id: "scrub-period",
          kind: "numeric",
          prompt:
            "A scrubber checks **4,096 words** every **100 ms**. How many seconds does it take to scrub a memory of **1,048,576 (2²⁰) words** once?",
          answer: 25.6,
          tolerance: { relative: 0.02 },
          unit: "s",
          alternativeUnits: { ms: 0.001, min: 60 },
          explanation:
            "2²⁰ / 4,096 = 256 steps; 256 × 0.1 s = 25.6 s. The scrub period must be short compared with the expected time between two upsets in the same word.",
        },
      ],
    },
  ],

  "av-flight-software-testing": [
    {
      id: "testing-check",
      title: "Checkpoint: flatsat and day-in-the-life testing",
      afterSection: 1,
      questions: [
        {
          id: "ditl-finds",
          kind: "multiple_choice",
          prompt: "Which bug is a 72-hour day-in-the-life test most likely to reveal that unit tests miss?",
          options: [
            { id: "a", text: "A typo in a telemetry label" },
            { id: "b", text: "A wrong SPI mode on a sensor driver" },
            { id: "c", text: "A counter that overflows after a day and a half" },
            { id: "d", text: "An off-by-one error in a CRC function" },
          ],
          correctOptionId: "c",
          explanation:
            "Long runs expose slow problems — counter overflows, memory leaks, storage wrap-around, timing drift — that a test lasting seconds never reaches.",
        },
        {
          id: "counter-overflow",
          kind: "numeric",
          prompt:
            "A **16-bit** unsigned counter is incremented every **2 s**. After how many hours does it overflow?",
          answer: 36.4,
          tolerance: { relative: 0.02 },
          unit: "h",
          alternativeUnits: { min: 1 / 60, s: 1 / 3600 },
          explanation:
            "2¹⁶ = 65,536 increments × 2 s = 131,072 s ≈ 36.4 h. A 24-hour DITL would miss it; a 72-hour run catches it.",
        },
        {
          id: "test-as-you-fly",
          kind: "multiple_choice",
          prompt: "What does **\"test as you fly, fly as you test\"** require just before launch?",
          options: [
            { id: "a", text: "The software, tables and sequences loaded for flight are exactly those that passed the final tests." },
            { id: "b", text: "All tests are repeated in thermal vacuum." },
            { id: "c", text: "The flight software is frozen one year before launch." },
            { id: "d", text: "Testing happens only on the flight model, never on the flatsat." },
          ],
          correctOptionId: "a",
          explanation:
            "A last-minute change that skips the test suite is exactly the kind of regression that ends missions; what flies must be what was verified.",
        },
        {
          id: "fault-injection-example",
          kind: "multiple_choice",
          prompt: "Which of these is a **fault-injection** test?",
          options: [
            { id: "a", text: "Measuring code coverage of the unit tests" },
            { id: "b", text: "Running clang-tidy on the flight code" },
            { id: "c", text: "Letting operators command the flatsat with the real procedures" },
            { id: "d", text: "Holding the I2C data line low and checking that FDIR recovers the bus" },
          ],
          correctOptionId: "d",
          explanation:
            "Fault injection deliberately creates a failure — a stuck bus, a power cut, corrupted memory, a malformed command — and checks that the designed recovery actually happens.",
        },
      ],
    },
  ],

  "av-fdir": [
    {
      id: "fdir-check",
      title: "Checkpoint: designing and verifying FDIR",
      afterSection: 3,
      questions: [
        {
          id: "fault-error-failure",
          kind: "multiple_choice",
          prompt:
            "A particle flips a bit (1), leaving a wrong mode value in memory (2), and the satellite stops sending telemetry (3). Name the three in order.",
          options: [
            { id: "a", text: "Error, fault, failure" },
            { id: "b", text: "Fault, error, failure" },
            { id: "c", text: "Failure, error, fault" },
            { id: "d", text: "Fault, failure, error" },
          ],
          correctOptionId: "b",
          explanation:
            "The fault is the underlying event, the error is the wrong internal state, and the failure is the loss of service. FDIR aims to stop the chain before the failure.",
        },
        {
          id: "persistence-delay",
          kind: "numeric",
          prompt:
            "Battery voltage is sampled every **4 s** and the monitor requires **3 consecutive** violations. The first violating sample is taken at t = 0 s. At what time t (in seconds) is the fault declared?",
          answer: 8,
          tolerance: { absolute: 0.1 },
          unit: "s",
          alternativeUnits: { ms: 0.001 },
          explanation:
            "The violations are seen at t = 0, 4 and 8 s, so the fault is declared at 8 s. Persistence trades a little reaction time for immunity to single noisy samples.",
        },
        {
          id: "over-reaction",
          kind: "multiple_choice",
          prompt:
            "In orbit, a monitor power-cycles the payload whenever a single temperature sample exceeds 40 °C; it fires 30 times a day although the payload is healthy. What is the best response?",
          options: [
            { id: "a", text: "Disable FDIR entirely for the rest of the mission" },
            { id: "b", text: "Upload new flight software that removes the monitor" },
            { id: "c", text: "Adjust the threshold and persistence from the ground-updatable FDIR table" },
            { id: "d", text: "Keep the payload off permanently" },
          ],
          correctOptionId: "c",
          explanation:
            "False positives are as damaging as missed faults. Thresholds, persistence and enable flags kept in a table can be tuned by command once the real in-orbit behaviour is known.",
        },
        {
          id: "verify-fdir",
          kind: "multiple_choice",
          prompt: "How should each entry of the FDIR table be verified before launch?",
          options: [
            { id: "a", text: "Inject the failure on the flatsat and confirm detection, recovery, telemetry, log entries and return to a commandable state" },
            { id: "b", text: "Review the source code of the monitor" },
            { id: "c", text: "Wait for the fault to occur during the day-in-the-life test" },
            { id: "d", text: "Check that the FMEA lists the failure mode" },
          ],
          correctOptionId: "a",
          explanation:
            "Untested recovery paths are a common cause of mission loss. Fault injection exercises the whole chain, not just the code that detects the fault.",
        },
      ],
    },
  ],
};
