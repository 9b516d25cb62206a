import type { Checkpoint } from "../../../app/lib/domain/module-spec";

/**
 * Checkpoints for the mission operations demo modules, by module slug. Each checkpoint
 * follows the catalogue section marked `isCheckpoint`; numeric answers carry their working in
 * the explanation.
 */
export const MISSION_OPS_QUESTION_BANK: Record<string, Checkpoint[]> = {
  "mo-orbits-and-tles": [
    {
      id: "orbits-check",
      title: "Checkpoint: orbits for CubeSats",
      afterSection: 2,
      questions: [
        {
          id: "iss-orbit-period",
          kind: "numeric",
          prompt:
            "What is the orbital period of a circular orbit at **400 km** altitude, in minutes? Use Re = 6,378 km and μ = 398,600 km³/s².",
          answer: 92.56,
          tolerance: { relative: 0.01 },
          unit: "min",
          alternativeUnits: { s: 1 / 60, h: 60 },
          explanation:
            "a = 6,378 + 400 = 6,778 km; T = 2π × √(6,778³ / 398,600) = 2π × √781,170 s ≈ 2π × 883.8 s ≈ 5,553 s ≈ 92.6 min, about 15.6 orbits per day.",
        },
        {
          id: "iss-orbit-speed",
          kind: "numeric",
          prompt: "What is the orbital speed at **400 km** altitude (circular orbit), in km/s?",
          answer: 7.67,
          tolerance: { relative: 0.01 },
          unit: "km/s",
          alternativeUnits: { "m/s": 0.001 },
          explanation: "v = √(μ / a) = √(398,600 / 6,778) km/s = √58.81 km/s ≈ 7.67 km/s.",
        },
        {
          id: "consistent-lighting",
          kind: "multiple_choice",
          prompt:
            "An imaging mission needs the same local solar time every time it passes over its targets. Which orbit fits best?",
          options: [
            { id: "a", text: "An ISS deployment orbit at 51.6° inclination" },
            { id: "b", text: "An equatorial orbit at 0° inclination" },
            { id: "c", text: "A sun-synchronous orbit at about 97.6° inclination" },
            { id: "d", text: "Any circular orbit below 400 km" },
          ],
          correctOptionId: "c",
          explanation:
            "J2 precession of a sun-synchronous orbit matches the Sun's apparent motion (about 0.9856° per day), so the plane keeps its local time of the ascending node. ISS orbits precess through all local times.",
        },
        {
          id: "dawn-dusk-tradeoff",
          kind: "multiple_choice",
          prompt: "What is the main trade-off of a **dawn-dusk** sun-synchronous orbit?",
          options: [
            { id: "a", text: "Little or no eclipse helps power, but the spacecraft loses its natural cold phase." },
            { id: "b", text: "It never passes over high-latitude ground stations." },
            { id: "c", text: "It decays much faster than other SSOs at the same altitude." },
            { id: "d", text: "Its lighting is too inconsistent for imaging." },
          ],
          correctOptionId: "a",
          explanation:
            "Riding the terminator keeps the arrays lit for most of the year, which is excellent for power, but thermal engineers can no longer rely on eclipses to shed heat.",
        },
      ],
    },
  ],

  "mo-ground-station-passes": [
    {
      id: "contact-check",
      title: "Checkpoint: contact time and Doppler",
      afterSection: 1,
      questions: [
        {
          id: "vhf-doppler",
          kind: "numeric",
          prompt:
            "A satellite approaches the station at a radial velocity of **7 km/s**. What is the Doppler shift on a **145.9 MHz** downlink, in kHz? (c = 299,792 km/s)",
          answer: 3.41,
          tolerance: { relative: 0.03 },
          unit: "kHz",
          alternativeUnits: { Hz: 0.001 },
          explanation:
            "Δf = f × v_r / c = 145.9 × 10⁶ Hz × 7 / 299,792 ≈ 3,407 Hz ≈ 3.4 kHz — three times less than at 437 MHz, because the shift scales with frequency.",
        },
        {
          id: "daily-downlink-volume",
          kind: "numeric",
          prompt:
            "A station gets **5 usable passes** per day of **8 minutes** each at **9.6 kbit/s**. How much data can be downlinked per day, in MB (1 MB = 10⁶ bytes), ignoring protocol overhead?",
          answer: 2.88,
          tolerance: { relative: 0.02 },
          unit: "MB",
          alternativeUnits: { kB: 0.001, Mbit: 0.125 },
          explanation:
            "5 × 8 min = 40 min = 2,400 s; 2,400 s × 9,600 bit/s = 23.04 Mbit = 2.88 MB per day. Real links lose some of this to overhead and acquisition time.",
        },
        {
          id: "elevation-path-loss",
          kind: "numeric",
          prompt:
            "At 500 km altitude the slant range is **910 km** at 30° elevation and **500 km** overhead. How many dB weaker is the link at 30° because of free-space path loss?",
          answer: 5.2,
          tolerance: { absolute: 0.2 },
          unit: "dB",
          explanation:
            "Path loss grows with the square of distance: 20 × log10(910 / 500) = 20 × 0.260 ≈ 5.2 dB.",
        },
        {
          id: "doppler-fastest",
          kind: "multiple_choice",
          prompt: "At which point of a pass does the Doppler shift change fastest?",
          options: [
            { id: "a", text: "At AOS, when the satellite rises" },
            { id: "b", text: "Near the highest point of the pass" },
            { id: "c", text: "At LOS, when the satellite sets" },
            { id: "d", text: "It changes at a constant rate throughout the pass" },
          ],
          correctOptionId: "b",
          explanation:
            "The radial velocity swings from approaching to receding around closest approach, so the frequency sweeps fastest there; tracking software must retune continuously.",
        },
      ],
    },
  ],

  "mo-concept-of-operations": [
    {
      id: "conops-check",
      title: "Checkpoint: does the ConOps add up?",
      afterSection: 1,
      questions: [
        {
          id: "conops-downlink-capacity",
          kind: "numeric",
          prompt:
            "A ConOps assumes **5 passes** per day of **10 minutes** each at **115.2 kbit/s**. How many MB per day can be downlinked (1 MB = 10⁶ bytes, no overhead)?",
          answer: 43.2,
          tolerance: { relative: 0.02 },
          unit: "MB",
          alternativeUnits: { kB: 0.001, GB: 1000, Mbit: 0.125 },
          explanation:
            "One pass: 600 s × 115,200 bit/s = 69.12 Mbit = 8.64 MB; × 5 = 43.2 MB per day. A payload producing six 25 MB images a day (150 MB) would not fit — exactly the inconsistency a timeline reveals.",
        },
        {
          id: "eclipse-housekeeping-energy",
          kind: "numeric",
          prompt:
            "During a **35-minute** eclipse the spacecraft draws **2.5 W** for housekeeping only. How much energy must the battery supply, in Wh?",
          answer: 1.458,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001, J: 1 / 3600 },
          explanation:
            "E = P × t = 2.5 W × 35/60 h ≈ 1.46 Wh. The timeline must leave enough sunlit time to put this energy back before the next imaging window.",
        },
        {
          id: "why-early",
          kind: "multiple_choice",
          prompt: "Why is the ConOps written long before the hardware exists?",
          options: [
            { id: "a", text: "Launch providers require it before signing a contract." },
            { id: "b", text: "It replaces the need for a requirements document." },
            { id: "c", text: "It is easier to write when nothing is known yet." },
            { id: "d", text: "It drives requirements on orbit, power, attitude, storage and autonomy." },
          ],
          correctOptionId: "d",
          explanation:
            "How the mission will be used decides what the spacecraft must do; for example imaging at noon local time constrains the orbit, the power budget and the pointing.",
        },
        {
          id: "weekday-staffing",
          kind: "multiple_choice",
          prompt: "The team can only staff its ground station on weekdays. What does this imply for the spacecraft?",
          options: [
            { id: "a", text: "Enough autonomy and onboard storage to survive about 2.5 days without contact" },
            { id: "b", text: "The spacecraft must switch itself off on weekends." },
            { id: "c", text: "Weekends must be covered by a second launch." },
            { id: "d", text: "Nothing: CubeSats do not need regular contact." },
          ],
          correctOptionId: "a",
          explanation:
            "From Friday evening to Monday morning the spacecraft must stay safe, keep data and handle faults alone, which sets requirements on FDIR, schedules and storage.",
        },
      ],
    },
  ],

  "mo-launch-and-commissioning": [
    {
      id: "commissioning-check",
      title: "Checkpoint: early orbit and commissioning",
      afterSection: 2,
      questions: [
        {
          id: "first-commissioning-step",
          kind: "multiple_choice",
          prompt: "Which commissioning step comes **first**?",
          options: [
            { id: "a", text: "Payload first light" },
            { id: "b", text: "Enabling fine pointing modes" },
            { id: "c", text: "Confirming the spacecraft is power-positive over several orbits" },
            { id: "d", text: "Uploading a new flight software image" },
          ],
          correctOptionId: "c",
          explanation:
            "Nothing else matters if the battery is draining: confirm a stable or rising battery voltage and plausible solar currents before spending energy on anything else.",
        },
        {
          id: "risky-step-timing",
          kind: "multiple_choice",
          prompt: "Why should a risky commissioning step be done **early** in a pass?",
          options: [
            { id: "a", text: "The link is always strongest at AOS." },
            { id: "b", text: "It leaves time to check the result before loss of signal." },
            { id: "c", text: "Onboard time is most accurate at the start of a pass." },
            { id: "d", text: "The spacecraft is always in sunlight at the start of a pass." },
          ],
          correctOptionId: "b",
          explanation:
            "If the command has an unexpected effect, the operators still have contact to see it and react, instead of waiting hours for the next pass.",
        },
        {
          id: "persisted-rf-timer",
          kind: "numeric",
          prompt:
            "The flight software saves the elapsed post-ejection time every minute. A reset occurs **31 min 40 s** after ejection; the last saved value is **31 min 0 s**. The software runs again **20 s** after the reset and counts on from the saved value. How many minutes after ejection does the first RF transmission (45-minute rule) actually happen?",
          answer: 46,
          tolerance: { absolute: 0.1 },
          unit: "min",
          alternativeUnits: { s: 1 / 60 },
          explanation:
            "The software restarts at 32:00 real time believing 31:00 has elapsed, so it waits 14 more minutes: 32 + 14 = 46 min. A persisted timer can lengthen the wait slightly but never shorten it.",
        },
        {
          id: "identify-object",
          kind: "multiple_choice",
          prompt: "After a rideshare launch, several new objects have TLEs. How do you find out which one is your CubeSat?",
          options: [
            { id: "a", text: "Pick the object with the lowest catalogue number." },
            { id: "b", text: "Wait until the tracking organisation labels it for you." },
            { id: "c", text: "Use the launch provider's planned state vector indefinitely." },
            { id: "d", text: "Compare your received Doppler curves and reception times with each candidate TLE." },
          ],
          correctOptionId: "d",
          explanation:
            "The TLE whose predicted Doppler and pass times match your beacon receptions best is yours; then tell the tracking organisation so the catalogue entry is corrected.",
        },
      ],
    },
  ],

  "mo-operations-procedures": [
    {
      id: "procedures-check",
      title: "Checkpoint: writing procedures",
      afterSection: 0,
      questions: [
        {
          id: "good-step",
          kind: "multiple_choice",
          prompt: "Which procedure step is written the way a good procedure should be?",
          options: [
            {
              id: "a",
              text: "Send EPS_SET_OUT 3 ON; expect EPS_OUT3_STATE = ON within 10 s and payload current 180–250 mA; if not, go to contingency C-3.",
            },
            { id: "b", text: "Turn on the payload." },
            { id: "c", text: "Turn on the payload and check that it looks fine." },
            { id: "d", text: "Send the usual payload command, as in the last pass." },
          ],
          correctOptionId: "a",
          explanation:
            "Each step gives the exact command and arguments, the expected telemetry with limits and a time, and where to go if the response does not appear.",
        },
        {
          id: "two-person-rule",
          kind: "multiple_choice",
          prompt: "What is the **two-person rule** for hazardous commands?",
          options: [
            { id: "a", text: "Two ground stations must receive the command acknowledgement." },
            { id: "b", text: "Two commands must be sent in the same pass." },
            { id: "c", text: "One operator sends the command while a second checks it." },
            { id: "d", text: "The procedure must be written by two authors." },
          ],
          correctOptionId: "c",
          explanation:
            "A second person checking command, arguments and target before sending catches slips that a single operator under pass time pressure easily makes.",
        },
        {
          id: "procedure-pass-margin",
          kind: "numeric",
          prompt:
            "A procedure has **9 steps**, each needing about **40 s** for the command and its verification. The usable pass lasts **8 min**, and the first **1.5 min** are needed for acquisition. How many minutes of margin are left?",
          answer: 0.5,
          tolerance: { absolute: 0.05 },
          unit: "min",
          alternativeUnits: { s: 1 / 60 },
          explanation:
            "9 × 40 s = 360 s = 6 min; 8 − 1.5 − 6 = 0.5 min. Thirty seconds leaves no room for a contingency branch, so split the activity into two shorter procedures.",
        },
        {
          id: "after-software-change",
          kind: "multiple_choice",
          prompt: "The flight software has just been updated. What should happen to the existing procedures before they are used again?",
          options: [
            { id: "a", text: "Nothing, as long as the command names are unchanged" },
            { id: "b", text: "They are dry-run again on the flatsat with the new software." },
            { id: "c", text: "They are rewritten from memory by the operators." },
            { id: "d", text: "They are only checked if a step fails in flight." },
          ],
          correctOptionId: "b",
          explanation:
            "Expected responses, timings and even command arguments can change with new software; a flatsat dry run finds that on the ground rather than during a pass.",
        },
      ],
    },
  ],

  "mo-telemetry-monitoring": [
    {
      id: "trending-check",
      title: "Checkpoint: limits and trending",
      afterSection: 1,
      questions: [
        {
          id: "declining-min-voltage",
          kind: "multiple_choice",
          prompt:
            "At constant load, the battery's **minimum voltage at the end of eclipse** has declined slowly over three months. What does this suggest?",
          options: [
            { id: "a", text: "A failed solar string" },
            { id: "b", text: "A ground-software calibration error" },
            { id: "c", text: "Clock drift" },
            { id: "d", text: "Capacity fade or rising internal resistance" },
          ],
          correctOptionId: "d",
          explanation:
            "An aging battery sags more under the same eclipse load. A failed string would show as a step in solar current rather than a slow decline.",
        },
        {
          id: "panel-current-step",
          kind: "multiple_choice",
          prompt: "One panel's peak current drops suddenly by about 20 % from one day to the next. What is the most likely cause?",
          options: [
            { id: "a", text: "Normal radiation degradation" },
            { id: "b", text: "A failed string or cell" },
            { id: "c", text: "A change of season" },
            { id: "d", text: "Battery capacity fade" },
          ],
          correctOptionId: "b",
          explanation:
            "Radiation degradation is slow, a few percent per year; a sudden step on one panel points to a string or cell that has stopped contributing.",
        },
        {
          id: "weeks-to-limit",
          kind: "numeric",
          prompt:
            "The minimum end-of-eclipse battery voltage fell linearly from **7.42 V** to **7.30 V** over **12 weeks** at constant load. If the trend continues, in how many weeks will it reach the **6.9 V** yellow limit?",
          answer: 40,
          tolerance: { relative: 0.03 },
          unit: "weeks",
          alternativeUnits: { days: 1 / 7 },
          explanation:
            "Rate = (7.42 − 7.30) V / 12 weeks = 0.01 V per week; (7.30 − 6.9) V ÷ 0.01 V/week = 40 weeks. Trending gives months of warning that a limit check alone would not.",
        },
        {
          id: "limit-state",
          kind: "multiple_choice",
          prompt:
            "With the example limits (red low 6.4 V, yellow low 6.9 V, yellow high 8.3 V, red high 8.45 V), the 2S battery reads **6.75 V**. What is its state?",
          options: [
            { id: "a", text: "Nominal" },
            { id: "b", text: "Red low: follow the contingency procedure" },
            { id: "c", text: "Yellow low: unusual, investigate" },
            { id: "d", text: "Stale: the value has not updated" },
          ],
          correctOptionId: "c",
          explanation:
            "6.75 V lies between the red low (6.4 V) and yellow low (6.9 V) limits, so it is a warning to investigate, not yet an alarm.",
        },
      ],
    },
  ],

  "mo-pass-scheduling": [
    {
      id: "schedule-check",
      title: "Checkpoint: time-tagged schedules",
      afterSection: 2,
      questions: [
        {
          id: "schedule-on-safe",
          kind: "multiple_choice",
          prompt: "What do most missions do with the stored schedule when the spacecraft enters SAFE mode?",
          options: [
            { id: "a", text: "Clear or suspend it, so an old schedule cannot restart a risky activity after recovery" },
            { id: "b", text: "Keep executing it to avoid losing payload data" },
            { id: "c", text: "Execute all remaining entries immediately" },
            { id: "d", text: "Shift every entry by one orbit" },
          ],
          correctOptionId: "a",
          explanation:
            "After a fault the conditions the schedule assumed (power, attitude, time) may no longer hold; operators upload a fresh schedule once they understand the state.",
        },
        {
          id: "relative-tags",
          kind: "numeric",
          prompt:
            "A sequence powers on the payload at an absolute time, waits **30 s**, starts a **90 s** capture, and powers the payload off **10 s** after the capture ends. How many seconds after power-on is the payload switched off?",
          answer: 130,
          tolerance: { absolute: 0.5 },
          unit: "s",
          alternativeUnits: { min: 60 },
          explanation:
            "30 s + 90 s + 10 s = 130 s. Relative time tags chain off the previous command, so only the first entry needs an absolute time.",
        },
        {
          id: "clock-error-displacement",
          kind: "numeric",
          prompt:
            "The onboard clock is **2 s** off when an absolute-time image is taken. The sub-satellite point moves at about **7 km/s**. How far along the ground track is the image displaced, in km?",
          answer: 14,
          tolerance: { relative: 0.03 },
          unit: "km",
          alternativeUnits: { m: 0.001 },
          explanation:
            "d = v × Δt = 7 km/s × 2 s = 14 km — enough to miss a small target. Time tags are only as good as onboard time, so synchronise before uploading them.",
        },
        {
          id: "schedule-integrity",
          kind: "multiple_choice",
          prompt: "How do operators confirm that a schedule arrived on board intact?",
          options: [
            { id: "a", text: "They wait to see whether the activities happen." },
            { id: "b", text: "They upload it twice in the same pass." },
            { id: "c", text: "They check the beacon's mode flag." },
            { id: "d", text: "They compare the reported entry count and checksum with the ground copy." },
          ],
          correctOptionId: "d",
          explanation:
            "The spacecraft reports the number of stored entries and a checksum after upload; a mismatch is found before the schedule runs, not after.",
        },
      ],
    },
  ],

  "mo-anomaly-response": [
    {
      id: "anomaly-check",
      title: "Checkpoint: from investigation to recovery",
      afterSection: 3,
      questions: [
        {
          id: "before-executing-recovery",
          kind: "multiple_choice",
          prompt: "A recovery plan has been written. What should happen before it is executed in flight?",
          options: [
            { id: "a", text: "Nothing: speed matters most after an anomaly." },
            { id: "b", text: "Test it on the flatsat, including failed steps, and have it reviewed by people who did not write it." },
            { id: "c", text: "Send it to the launch provider for approval." },
            { id: "d", text: "Execute it first on a low pass to save the good passes." },
          ],
          correctOptionId: "b",
          explanation:
            "Many missions were lost to a hasty command rather than to the original fault. A tested, reviewed plan run during a good pass keeps margin for verification.",
        },
        {
          id: "strongest-evidence",
          kind: "multiple_choice",
          prompt: "What is the strongest evidence for a root cause?",
          options: [
            { id: "a", text: "A consensus of the team" },
            { id: "b", text: "A plausible entry in the fault tree" },
            { id: "c", text: "Reproducing the symptom on the flatsat or engineering model" },
            { id: "d", text: "A similar anomaly reported by another mission" },
          ],
          correctOptionId: "c",
          explanation:
            "If you can trigger the same symptom on the ground by the suspected cause, the hypothesis is confirmed; otherwise the root cause stays probable or unknown.",
        },
        {
          id: "saa-expected-resets",
          kind: "numeric",
          prompt:
            "In 30 days the OBC reset **12 times**, and **10** of those happened over the South Atlantic Anomaly, where the satellite spends about **5 %** of its time. If resets had nothing to do with position, how many would you expect over the SAA?",
          answer: 0.6,
          tolerance: { absolute: 0.05 },
          unit: "",
          explanation:
            "Expected = 12 × 0.05 = 0.6 resets. Seeing 10 instead of about 0.6 is a strong correlation, pointing to single-event effects rather than a software bug.",
        },
        {
          id: "ring-buffer-deadline",
          kind: "numeric",
          prompt:
            "The stored-telemetry ring buffer holds the last **36 hours**. The anomaly happened **30 hours** ago. How many hours are left to download the data covering it before it is overwritten?",
          answer: 6,
          tolerance: { absolute: 0.1 },
          unit: "h",
          alternativeUnits: { min: 1 / 60 },
          explanation:
            "36 h − 30 h = 6 h. Preserving evidence often takes priority over payload data in the next passes.",
        },
      ],
    },
  ],

  "mo-deorbit-and-debris": [
    {
      id: "deorbit-check",
      title: "Checkpoint: orbital lifetime and end of life",
      afterSection: 0,
      questions: [
        {
          id: "ballistic-coefficient",
          kind: "numeric",
          prompt:
            "A 3U CubeSat of **4.0 kg** flies with a mean cross-section of **0.03 m²** and a drag coefficient Cd = **2.2**. What is its ballistic coefficient m / (Cd × A), in kg/m²?",
          answer: 60.6,
          tolerance: { relative: 0.02 },
          unit: "kg/m²",
          alternativeUnits: { "kg/m2": 1 },
          explanation:
            "4.0 / (2.2 × 0.03) = 4.0 / 0.066 ≈ 60.6 kg/m². A higher ballistic coefficient means slower decay.",
        },
        {
          id: "drag-sail-factor",
          kind: "numeric",
          prompt:
            "A drag sail raises the same satellite's area from **0.03 m²** to **1.0 m²**. By what factor does the ballistic coefficient fall?",
          answer: 33.3,
          tolerance: { relative: 0.02 },
          unit: "",
          explanation:
            "With mass and Cd unchanged, the ballistic coefficient scales with 1/A: 1.0 / 0.03 ≈ 33. Decay speeds up accordingly, which is how a sail brings a high orbit within the rules.",
        },
        {
          id: "five-year-rule",
          kind: "multiple_choice",
          prompt:
            "An FCC-licensed 3U without propulsion launches in 2026 to about **550 km**, where its predicted lifetime is about 8 years. Does it meet the rule?",
          options: [
            { id: "a", text: "Yes: 8 years is well inside the 25-year guideline." },
            { id: "b", text: "Yes: CubeSats are exempt from debris rules." },
            { id: "c", text: "Only if it passivates at end of mission." },
            { id: "d", text: "No: it exceeds the FCC 5-year rule; it needs a lower orbit or a deorbit device." },
          ],
          correctOptionId: "d",
          explanation:
            "The FCC 5-year rule applies to satellites it licenses launched from late September 2024 onwards, so 8 years is too long even though it meets the older 25-year guideline.",
        },
        {
          id: "solar-activity",
          kind: "multiple_choice",
          prompt: "How does high solar activity affect a CubeSat's orbital lifetime?",
          options: [
            { id: "a", text: "It lengthens it, because radiation pressure pushes the satellite outward." },
            { id: "b", text: "It has no effect below 600 km." },
            { id: "c", text: "It shortens it, because the heated upper atmosphere expands and drag rises." },
            { id: "d", text: "It only affects satellites with deployed drag sails." },
          ],
          correctOptionId: "c",
          explanation:
            "High solar flux heats and expands the upper atmosphere, raising density at orbital altitude; lifetime predictions therefore depend on the solar cycle.",
        },
      ],
    },
  ],
};
