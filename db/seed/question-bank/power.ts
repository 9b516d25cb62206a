import type { Checkpoint } from "../../../app/lib/domain/module-spec";

/**
 * Checkpoints for the power (EPS) demo modules, by module slug. Each checkpoint follows the
 * catalogue section marked `isCheckpoint`; numeric answers carry their working in the
 * explanation.
 */
export const POWER_QUESTION_BANK: Record<string, Checkpoint[]> = {
  "pwr-eps-architecture": [
    {
      id: "topology-check",
      title: "Checkpoint: EPS bus topologies",
      afterSection: 1,
      questions: [
        {
          id: "mppt-harvest",
          kind: "multiple_choice",
          prompt: "Which solar power transfer scheme typically harvests 10–20 % more energy in LEO, especially as cold arrays leave eclipse?",
          options: [
            { id: "a", text: "Direct energy transfer through a shunt regulator" },
            { id: "b", text: "Connecting the arrays straight to a regulated 3.3 V rail" },
            { id: "c", text: "Peak power tracking with a DC-DC converter per array" },
            { id: "d", text: "Connecting all arrays in parallel to the battery" },
          ],
          correctOptionId: "c",
          explanation:
            "MPPT converters move each array to its maximum power point instead of letting the battery voltage set it, which pays off most when cold arrays have a high Vmp.",
        },
        {
          id: "battery-side-current",
          kind: "numeric",
          prompt:
            "A load draws **0.6 A** from a regulated **5 V** rail. The converter is **88 %** efficient and the battery bus is at **7.4 V**. What current does the converter draw from the battery bus, in A?",
          answer: 0.461,
          tolerance: { relative: 0.02 },
          unit: "A",
          alternativeUnits: { mA: 0.001 },
          explanation:
            "P_out = 5 V × 0.6 A = 3.0 W; P_in = 3.0 / 0.88 ≈ 3.41 W; I = 3.41 W / 7.4 V ≈ 0.461 A. The step-down converter draws less current than it delivers, but more power.",
        },
        {
          id: "radio-on-unregulated-bus",
          kind: "multiple_choice",
          prompt: "A radio accepts **6.5–9 V** input. Can it be connected directly to an unregulated 2S Li-ion battery bus?",
          options: [
            { id: "a", text: "Yes: the nominal 7.4 V is inside its range." },
            { id: "b", text: "No: the bus falls to about 6.0 V when the battery is discharged, below 6.5 V." },
            { id: "c", text: "No: the bus can reach 12 V when fully charged." },
            { id: "d", text: "Yes: unregulated buses are held at exactly 7.4 V." },
          ],
          correctOptionId: "b",
          explanation:
            "An unregulated 2S bus follows the battery from about 6.0 V to 8.4 V. Loads must tolerate the full range, or sit behind a regulator.",
        },
        {
          id: "mppt-energy-gain",
          kind: "numeric",
          prompt:
            "With direct energy transfer, a CubeSat harvests **18.0 Wh** per orbit. Switching to MPPT gains **15 %**. How much energy per orbit does it harvest with MPPT, in Wh?",
          answer: 20.7,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001 },
          explanation: "18.0 Wh × 1.15 = 20.7 Wh, an extra 2.7 Wh every orbit — often more than the whole eclipse housekeeping load.",
        },
      ],
    },
  ],

  "pwr-solar-cells": [
    {
      id: "cell-derating-check",
      title: "Checkpoint: what reduces array output",
      afterSection: 1,
      questions: [
        {
          id: "cosine-loss",
          kind: "numeric",
          prompt: "A panel gives **2.4 W** at normal incidence. How much does it deliver with the Sun **50°** off its normal, using the cosine law?",
          answer: 1.543,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "P = 2.4 W × cos 50° = 2.4 × 0.643 ≈ 1.54 W. Above about 70–80° reflection losses make it worse than the cosine predicts.",
        },
        {
          id: "end-of-life-power",
          kind: "numeric",
          prompt: "An array produces **8.0 W** at beginning of life and degrades by **3 % per year**. What does it produce after **3 years**, in W?",
          answer: 7.3,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "P_EOL = P_BOL × (1 − d)^L = 8.0 × 0.97³ = 8.0 × 0.9127 ≈ 7.30 W. Size the array for this end-of-life, hot-case value.",
        },
        {
          id: "fill-factor",
          kind: "numeric",
          prompt:
            "A cell has **Voc = 2.7 V**, **Isc = 0.50 A**, **Vmp = 2.4 V** and **Imp = 0.47 A**. What is its fill factor?",
          answer: 0.836,
          tolerance: { absolute: 0.01 },
          unit: "",
          explanation:
            "FF = (Vmp × Imp) / (Voc × Isc) = (2.4 × 0.47) / (2.7 × 0.50) = 1.128 / 1.35 ≈ 0.84, typical of a good triple-junction cell.",
        },
        {
          id: "cold-after-eclipse",
          kind: "multiple_choice",
          prompt: "Why can an MPPT converter extract extra power in the minutes just after eclipse?",
          options: [
            { id: "a", text: "The Sun is brighter at eclipse exit." },
            { id: "b", text: "Radiation damage heals during eclipse." },
            { id: "c", text: "The battery voltage is highest after eclipse." },
            { id: "d", text: "Cold cells have a higher voltage, so their maximum power point is higher." },
          ],
          correctOptionId: "d",
          explanation:
            "Cell voltage falls by roughly 6 mV/°C per triple-junction cell, so cold panels deliver more power; an MPPT converter can use that higher voltage instead of being pinned to the battery.",
        },
      ],
    },
  ],

  "pwr-eclipse-and-orbit-power": [
    {
      id: "eclipse-check",
      title: "Checkpoint: eclipse and orbit-average power",
      afterSection: 0,
      questions: [
        {
          id: "eclipse-duration-400",
          kind: "numeric",
          prompt:
            "For a circular orbit at **400 km** with **β = 0°**, how long is the eclipse, in minutes? The orbital period is **92.6 min**; use Re = 6,378 km and the cylindrical shadow model.",
          answer: 36.1,
          tolerance: { relative: 0.02 },
          unit: "min",
          alternativeUnits: { s: 1 / 60 },
          explanation:
            "√(400² + 2 × 6,378 × 400) = √5,262,400 ≈ 2,294 km; 2,294 / 6,778 ≈ 0.338; arccos(0.338) ≈ 70.2°; f_e = 70.2 / 180 ≈ 0.390; 0.390 × 92.6 min ≈ 36.1 min.",
        },
        {
          id: "critical-beta-600",
          kind: "numeric",
          prompt: "Above what beta angle does a circular orbit at **600 km** see no eclipse at all, in degrees?",
          answer: 66.1,
          tolerance: { absolute: 0.3 },
          unit: "°",
          alternativeUnits: { deg: 1 },
          explanation: "β* = arcsin(Re / (Re + h)) = arcsin(6,378 / 6,978) = arcsin(0.914) ≈ 66.1°. Higher orbits reach eclipse-free seasons at lower beta angles.",
        },
        {
          id: "orbit-average-power",
          kind: "numeric",
          prompt: "The arrays deliver **12 W** during the **60 min** sunlit part of a **95 min** orbit. What is the orbit-average generated power, in W?",
          answer: 7.58,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "Energy per orbit = 12 W × 60 min = 720 W·min; shared over 95 min: 720 / 95 ≈ 7.58 W.",
        },
        {
          id: "longest-eclipse-beta",
          kind: "multiple_choice",
          prompt: "For a given altitude, at what beta angle is the eclipse longest?",
          options: [
            { id: "a", text: "At the critical angle β*" },
            { id: "b", text: "At β = 0°, when the Sun lies in the orbit plane" },
            { id: "c", text: "At β = 90°" },
            { id: "d", text: "Eclipse duration does not depend on beta angle." },
          ],
          correctOptionId: "b",
          explanation:
            "With the Sun in the orbit plane, the orbit crosses the full width of Earth's shadow. That maximum-eclipse case is what power budgets should use unless the orbit guarantees otherwise.",
        },
      ],
    },
  ],

  "pwr-solar-array-sizing": [
    {
      id: "array-sizing-check",
      title: "Checkpoint: sizing a solar array",
      afterSection: 2,
      questions: [
        {
          id: "required-array-power",
          kind: "numeric",
          prompt:
            "A DET spacecraft (Xe = 0.60, Xd = 0.80) draws **3 W** in a **35 min** eclipse and **4 W** in **60 min** of daylight. What array power is needed in daylight, in W?",
          answer: 7.92,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "(3 × 35) / 0.60 = 175 W·min; (4 × 60) / 0.80 = 300 W·min; P_sa = (175 + 300) / 60 ≈ 7.92 W.",
        },
        {
          id: "cells-needed",
          kind: "numeric",
          prompt:
            "The array must deliver **9.0 W** in daylight at end of life. Each derated cell gives **0.97 W** at normal incidence and the effective illumination factor is **0.7**. What is the minimum whole number of cells?",
          answer: 14,
          tolerance: { absolute: 0 },
          unit: "cells",
          explanation:
            "9.0 / (0.97 × 0.7) = 9.0 / 0.679 ≈ 13.3, rounded up to 14 cells — then adjust to a whole number of strings.",
        },
        {
          id: "tumbling-area",
          kind: "numeric",
          prompt:
            "A tumbling 3U has two 10 × 10 cm ends and four 10 × 34 cm long faces. What is its average projected area towards the Sun, in m²?",
          answer: 0.039,
          tolerance: { relative: 0.02 },
          unit: "m²",
          alternativeUnits: { cm2: 0.0001, "cm²": 0.0001, m2: 1 },
          explanation:
            "Total surface = 2 × 0.01 + 4 × 0.034 = 0.156 m²; for a convex body in random orientation the average projected area is one quarter: 0.039 m².",
        },
        {
          id: "string-length",
          kind: "multiple_choice",
          prompt: "Why does the worked example use strings of **five** cells for a buck-type MPPT charging a 2S battery?",
          options: [
            { id: "a", text: "Five cells fill exactly one 3U face." },
            { id: "b", text: "Strings of five minimise the number of cells." },
            { id: "c", text: "The CDS limits strings to five cells." },
            { id: "d", text: "Hot, the string must stay above the battery's 8.4 V maximum; five cells give about 11–12 V." },
          ],
          correctOptionId: "d",
          explanation:
            "A buck converter can only step down, so the string's hot maximum-power voltage must exceed the battery voltage with margin; three cells (about 7 V) would not.",
        },
      ],
    },
  ],

  "pwr-li-ion-batteries": [
    {
      id: "battery-check",
      title: "Checkpoint: batteries and their protection",
      afterSection: 2,
      questions: [
        {
          id: "pack-energy",
          kind: "numeric",
          prompt: "What is the nominal energy of a **2S3P** pack of 18650 cells with **3.6 V** nominal voltage and **3.2 Ah** capacity each, in Wh?",
          answer: 69.12,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001, kWh: 1000 },
          explanation: "2S gives 2 × 3.6 = 7.2 V; 3P gives 3 × 3.2 = 9.6 Ah; E = 7.2 V × 9.6 Ah ≈ 69.1 Wh.",
        },
        {
          id: "eclipse-dod",
          kind: "numeric",
          prompt:
            "Eclipse loads are **8 W** for **35 min**. The pack stores **43.2 Wh** and discharges at **95 %** efficiency. What is the depth of discharge per orbit, in %?",
          answer: 11.37,
          tolerance: { absolute: 0.2 },
          unit: "%",
          explanation: "E_eclipse = 8 W × 35/60 h ≈ 4.67 Wh; DoD = 4.67 / (43.2 × 0.95) = 4.67 / 41.04 ≈ 11.4 %, well inside a 20–30 % target.",
        },
        {
          id: "cold-charging",
          kind: "multiple_choice",
          prompt: "At eclipse exit the battery is at **−3 °C** and the arrays start producing power. What should the EPS do?",
          options: [
            { id: "a", text: "Hold off charging until the heaters bring the cells above about 0 °C" },
            { id: "b", text: "Charge at the maximum rate to warm the cells up" },
            { id: "c", text: "Charge normally; temperature only matters above 45 °C" },
            { id: "d", text: "Disconnect all loads and wait for the ground" },
          ],
          correctOptionId: "a",
          explanation:
            "Charging Li-ion below about 0 °C plates metallic lithium on the anode, permanently losing capacity and risking internal shorts; autonomous heaters solve this.",
        },
        {
          id: "cc-cv",
          kind: "multiple_choice",
          prompt: "How does a **CC-CV** charger charge a Li-ion cell?",
          options: [
            { id: "a", text: "Constant voltage first, then constant current until full" },
            { id: "b", text: "Pulses of constant current with rests between them" },
            { id: "c", text: "Constant current until 4.2 V (or the chosen limit), then constant voltage while the current tapers" },
            { id: "d", text: "Constant current until the cell temperature rises" },
          ],
          correctOptionId: "c",
          explanation:
            "The current phase does most of the charging; the voltage phase holds the cell at its limit so it is never overcharged while the current falls off.",
        },
      ],
    },
  ],

  "pwr-power-budget": [
    {
      id: "energy-balance-check",
      title: "Checkpoint: power budget and energy balance",
      afterSection: 1,
      questions: [
        {
          id: "orbit-average-load",
          kind: "numeric",
          prompt:
            "Loads: OBC **0.5 W** (100 %), UHF transmitter **5 W** (8 %), receiver **0.25 W** (100 %), ADCS **1.2 W** (100 %), payload **4 W** (25 %). What is the orbit-average load power, in W?",
          answer: 3.35,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "P_avg = Σ P_i × D_i = 0.5 + 0.40 + 0.25 + 1.2 + 1.0 = 3.35 W, before conversion losses.",
        },
        {
          id: "energy-balance",
          kind: "numeric",
          prompt:
            "The array gives **9 W** for **58 min** of daylight through a charge path of **85 %** efficiency. The spacecraft consumes **3.6 W** on average over a **94 min** orbit. What is the energy balance per orbit, in Wh?",
          answer: 1.755,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001 },
          explanation:
            "E_gen = 9 × 58/60 × 0.85 ≈ 7.40 Wh; E_cons = 3.6 × 94/60 = 5.64 Wh; balance ≈ 1.76 Wh, about 31 % of consumption — comfortable early in design.",
        },
        {
          id: "safe-mode-positive",
          kind: "multiple_choice",
          prompt: "Why must **safe mode** be power-positive in an arbitrary attitude?",
          options: [
            { id: "a", text: "Safe mode is only used during commissioning." },
            { id: "b", text: "A fault can leave the satellite tumbling in safe mode for a long time; if it drains the battery, the satellite dies." },
            { id: "c", text: "The launch provider tests safe mode in orbit." },
            { id: "d", text: "Safe mode draws the most power of all modes." },
          ],
          correctOptionId: "b",
          explanation:
            "Safe mode is where the spacecraft waits for the ground after a fault, possibly without attitude control; it must sustain itself indefinitely.",
        },
        {
          id: "worst-case-conditions",
          kind: "multiple_choice",
          prompt: "Which set of conditions should the main energy-balance check use?",
          options: [
            { id: "a", text: "Minimum eclipse, beginning-of-life arrays, cold panels" },
            { id: "b", text: "Average eclipse and average attitude over a year" },
            { id: "c", text: "The conditions measured during the first week in orbit" },
            { id: "d", text: "Maximum eclipse, end-of-life arrays, hot panels and the attitude of that mode" },
          ],
          correctOptionId: "d",
          explanation:
            "Each of these lowers generation or raises the eclipse load; a design that balances in the worst case also balances in all the others.",
        },
      ],
    },
  ],

  "pwr-mppt": [
    {
      id: "mppt-check",
      title: "Checkpoint: tracking the maximum power point",
      afterSection: 0,
      questions: [
        {
          id: "perturb-and-observe",
          kind: "multiple_choice",
          prompt:
            "A perturb-and-observe tracker raised the array voltage from **16.0 V** to **16.2 V**, and the power fell from **5.10 W** to **5.05 W**. What is its next step?",
          options: [
            { id: "a", text: "Step the voltage back down" },
            { id: "b", text: "Raise the voltage again by a larger step" },
            { id: "c", text: "Hold 16.2 V permanently" },
            { id: "d", text: "Jump to the open-circuit voltage" },
          ],
          correctOptionId: "a",
          explanation:
            "Falling power means the step went past the maximum power point, so the algorithm reverses direction; it keeps oscillating slightly around the MPP.",
        },
        {
          id: "fixed-fraction",
          kind: "numeric",
          prompt: "A fixed-voltage-fraction tracker uses **0.78 × Voc**. The array's open-circuit voltage is **15.2 V**. At what voltage does it operate, in V?",
          answer: 11.86,
          tolerance: { relative: 0.02 },
          unit: "V",
          alternativeUnits: { mV: 0.001 },
          explanation: "V = 0.78 × 15.2 V ≈ 11.86 V. Simple, but it ignores how the true MPP moves with temperature and aging.",
        },
        {
          id: "det-vs-mppt-gain",
          kind: "numeric",
          prompt:
            "A panel's MPP is **2.1 W** at 14.4 V. With direct energy transfer the battery pins it at **8.0 V**, where it gives **0.155 A**. An MPPT converter of **92 %** efficiency would run it at its MPP. How much more power reaches the battery with MPPT, in W?",
          answer: 0.692,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "DET: 8.0 V × 0.155 A = 1.24 W. MPPT: 2.1 W × 0.92 ≈ 1.93 W. Gain ≈ 1.93 − 1.24 = 0.69 W, because the battery voltage was far below the panel's Vmp.",
        },
        {
          id: "channel-per-face",
          kind: "multiple_choice",
          prompt: "Why does each face or panel usually get **its own** MPPT channel?",
          options: [
            { id: "a", text: "To meet the CDS inhibit requirements" },
            { id: "b", text: "Because one converter cannot handle more than 1 W" },
            { id: "c", text: "Faces see different angles and temperatures; in parallel they would be forced to one non-optimal voltage." },
            { id: "d", text: "So that a single channel failure takes out the whole array" },
          ],
          correctOptionId: "c",
          explanation:
            "Each face has its own MPP at any moment; a shared tracker can only pick one voltage, leaving the other faces off their optimum.",
        },
      ],
    },
  ],

  "pwr-distribution-protection": [
    {
      id: "harness-check",
      title: "Checkpoint: harness, inrush and protection",
      afterSection: 2,
      questions: [
        {
          id: "harness-voltage-drop",
          kind: "numeric",
          prompt: "A load draws **1.5 A** through a **0.8 m** round trip of 26 AWG copper (**0.134 Ω/m**). What is the voltage drop, in V?",
          answer: 0.1608,
          tolerance: { relative: 0.02 },
          unit: "V",
          alternativeUnits: { mV: 0.001 },
          explanation: "R = 0.134 Ω/m × 0.8 m ≈ 0.107 Ω; ΔV = I × R = 1.5 A × 0.107 Ω ≈ 0.16 V — over 3 % of a 5 V rail.",
        },
        {
          id: "harness-dissipation",
          kind: "numeric",
          prompt: "How much power does that same harness (0.107 Ω round trip, 1.5 A) dissipate as heat, in W?",
          answer: 0.241,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "P = I² × R = 1.5² × 0.1072 ≈ 0.24 W. In vacuum this heat leaves only by conduction and radiation, which is why wires are derated.",
        },
        {
          id: "soft-start-inrush",
          kind: "numeric",
          prompt:
            "A load has **220 µF** of input capacitance. A soft-start switch ramps its supply from 0 to **5 V** in **2 ms**. What is the charging (inrush) current during the ramp, in A?",
          answer: 0.55,
          tolerance: { relative: 0.02 },
          unit: "A",
          alternativeUnits: { mA: 0.001 },
          explanation:
            "I = C × dV/dt = 220 × 10⁻⁶ F × 5 V / 0.002 s = 0.55 A. Switched on in microseconds instead, the same capacitor would draw tens of amps.",
        },
        {
          id: "sel-limiter-setting",
          kind: "multiple_choice",
          prompt: "A payload draws **120 mA** normally and **180 mA** at peak. Which protection best handles single-event latch-up?",
          options: [
            { id: "a", text: "A 2 A polyfuse on its rail" },
            { id: "b", text: "A 1 A latching current limiter with a 10 s trip time" },
            { id: "c", text: "No limiter: the watchdog will reset it" },
            { id: "d", text: "An electronic limit just above 180 mA that switches off within milliseconds and power-cycles the load" },
          ],
          correctOptionId: "d",
          explanation:
            "A latch-up may add only tens to hundreds of mA, so the threshold must sit just above the normal peak, act within milliseconds and restore power automatically.",
        },
      ],
    },
  ],

  "pwr-energy-balance-simulation": [
    {
      id: "simulation-check",
      title: "Checkpoint: reading simulation results",
      afterSection: 3,
      questions: [
        {
          id: "step-energy-drawn",
          kind: "numeric",
          prompt:
            "In one **60 s** step, the panels generate **2 W** and the loads use **6 W**. With a discharge efficiency of **0.95**, how much energy does the battery lose in that step, in Wh?",
          answer: 0.0702,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001, J: 1 / 3600 },
          explanation:
            "ΔE = (P_load − P_gen) / η × Δt = (6 − 2) / 0.95 W × 60 s ≈ 252.6 J ≈ 0.0702 Wh.",
        },
        {
          id: "orbits-to-threshold",
          kind: "numeric",
          prompt:
            "The state of charge at eclipse exit fell from **78 %** to **74.4 %** over **6 orbits**. If the trend continues, after how many more orbits does it reach the **60 %** safe-mode threshold?",
          answer: 24,
          tolerance: { absolute: 0.5 },
          unit: "orbits",
          explanation:
            "Rate = (78 − 74.4) / 6 = 0.6 % per orbit; (74.4 − 60) / 0.6 = 24 orbits, about a day and a half. The mode is not sustainable even though no limit has been reached yet.",
        },
        {
          id: "sensitivity",
          kind: "multiple_choice",
          prompt: "A 10 % lower array efficiency turns the simulated energy balance from positive to negative. What follows?",
          options: [
            { id: "a", text: "Nothing: the nominal case is positive." },
            { id: "b", text: "Switch to a finer time step." },
            { id: "c", text: "Array efficiency needs better data, or the design needs more margin." },
            { id: "d", text: "Remove safe mode from the scenarios." },
          ],
          correctOptionId: "c",
          explanation:
            "If a plausible error in one input flips the result, the design is fragile: measure that parameter better or add array area, battery capacity or load reductions.",
        },
        {
          id: "validate-model",
          kind: "multiple_choice",
          prompt: "How is an energy-balance model best validated?",
          options: [
            { id: "a", text: "By running it with a smaller time step" },
            { id: "b", text: "By comparing it with a second simulation tool only" },
            { id: "c", text: "By checking that the battery never reaches 0 %" },
            { id: "d", text: "Against measured solar array, battery and flatsat power data, and later real telemetry" },
          ],
          correctOptionId: "d",
          explanation:
            "Only measurements show whether the model's efficiencies, loads and battery behaviour are right; a validated model then becomes an operations planning tool.",
        },
      ],
    },
  ],

  "pwr-eps-testing": [
    {
      id: "pre-launch-check",
      title: "Checkpoint: EPS tests and pre-launch safety",
      afterSection: 3,
      questions: [
        {
          id: "self-discharge-estimate",
          kind: "numeric",
          prompt:
            "The battery is delivered at **60 %** state of charge and loses about **3 %** of capacity per month in storage. Deployment is **5 months** later. What state of charge do you expect at deployment, in %?",
          answer: 45,
          tolerance: { absolute: 0.5 },
          unit: "%",
          explanation: "60 % − 5 × 3 % = 45 %. Record the voltage and date at final charge so this estimate can be checked against the launch provider's limits.",
        },
        {
          id: "c5-current",
          kind: "numeric",
          prompt: "A capacity test discharges a **2S2P** pack of **3.0 Ah** cells at **C/5**. What is the discharge current, in A?",
          answer: 1.2,
          tolerance: { relative: 0.02 },
          unit: "A",
          alternativeUnits: { mA: 0.001 },
          explanation: "2P gives 2 × 3.0 = 6.0 Ah; C/5 = 6.0 Ah / 5 h = 1.2 A, so a full discharge takes about five hours.",
        },
        {
          id: "internal-resistance",
          kind: "numeric",
          prompt: "Under a **1.5 A** current pulse, the pack voltage steps from **7.62 V** to **7.47 V**. What is its internal resistance, in mΩ?",
          answer: 100,
          tolerance: { relative: 0.02 },
          unit: "mΩ",
          alternativeUnits: { Ω: 1000, ohm: 1000 },
          explanation: "R = ΔV / ΔI = (7.62 − 7.47) V / 1.5 A = 0.15 / 1.5 = 0.100 Ω = 100 mΩ. A rise over later tests signals aging or a bad connection.",
        },
        {
          id: "two-person-final-check",
          kind: "multiple_choice",
          prompt: "Which classic failure does a signed, two-person final charge-and-check procedure prevent?",
          options: [
            { id: "a", text: "Cell thermal runaway during launch" },
            { id: "b", text: "Delivering the satellite with a flat battery or an inhibit in the wrong state" },
            { id: "c", text: "Radiation damage to the solar cells" },
            { id: "d", text: "Outgassing of the battery wrapping" },
          ],
          correctOptionId: "b",
          explanation:
            "Once in the dispenser nothing can be changed; a second person checking charge state and inhibits against a signed checklist catches the simple mistakes that end missions.",
        },
      ],
    },
  ],
};
