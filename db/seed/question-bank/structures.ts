import type { Checkpoint } from "../../../app/lib/domain/module-spec";

/**
 * Checkpoints for the structures demo modules, by module slug. Each checkpoint follows the
 * catalogue section marked `isCheckpoint`; numeric answers carry their working in the
 * explanation.
 */
export const STRUCTURES_QUESTION_BANK: Record<string, Checkpoint[]> = {
  "str-cubesat-design-specification": [
    {
      id: "cds-check",
      title: "Checkpoint: the CDS and your dispenser",
      afterSection: 2,
      questions: [
        {
          id: "governing-mass-margin",
          kind: "numeric",
          prompt:
            "CDS Rev. 14 allows 2.00 kg per unit, but your 6U dispenser's ICD limits the satellite to **10.0 kg**. Your current estimate is **9.1 kg**. What mass margin (in kg) remains against the **governing** limit?",
          answer: 0.9,
          tolerance: { absolute: 0.01 },
          unit: "kg",
          alternativeUnits: { g: 0.001 },
          explanation:
            "The CDS would allow 6 × 2.00 = 12.0 kg, but the stricter dispenser limit governs: 10.0 − 9.1 = 0.9 kg. Design to the stricter of the CDS and the ICD.",
        },
        {
          id: "max-envelope-width",
          kind: "numeric",
          prompt:
            "A 1U has solar panels on two opposite faces, each protruding the maximum **6.5 mm** normal to the rail planes. What is the largest width across the two panels, in mm?",
          answer: 113,
          tolerance: { absolute: 0.1 },
          unit: "mm",
          alternativeUnits: { cm: 10 },
          explanation:
            "The 100 mm cross-section plus 6.5 mm on each side: 100 + 2 × 6.5 = 113 mm. Anything wider may jam in the dispenser.",
        },
        {
          id: "which-document-governs",
          kind: "multiple_choice",
          prompt: "The CDS and your dispenser's ICD disagree on the allowed protrusion. Which document applies for that launch?",
          options: [
            { id: "a", text: "The dispenser's ICD" },
            { id: "b", text: "The CDS, because it is the common standard" },
            { id: "c", text: "Whichever is more permissive" },
            { id: "d", text: "Neither: the team decides and documents it" },
          ],
          correctOptionId: "a",
          explanation:
            "The ICD or user guide of the dispenser takes precedence for that launch; the CDS is the common baseline. Deviations need an approved waiver.",
        },
        {
          id: "tab-based-dispenser",
          kind: "multiple_choice",
          prompt: "Why can a rail-based 3U structure not simply fly in a tab-based dispenser such as the CSD?",
          options: [
            { id: "a", text: "Tab-based dispensers only accept 6U and larger." },
            { id: "b", text: "The CSD requires titanium structures." },
            { id: "c", text: "The CSD clamps the satellite by tabs along its base, so the load paths and interface differ completely." },
            { id: "d", text: "Tab-based dispensers have no deployment switches." },
          ],
          correctOptionId: "c",
          explanation:
            "Rail-based dispensers guide the satellite on its four corner rails with a pusher plate; a tab-based dispenser clamps base tabs, which changes the whole structure design.",
        },
      ],
    },
  ],

  "str-materials-selection": [
    {
      id: "materials-check",
      title: "Checkpoint: materials and outgassing",
      afterSection: 1,
      questions: [
        {
          id: "e595-screening",
          kind: "multiple_choice",
          prompt:
            "An adhesive's ASTM E595 results are **TML 0.8 %** and **CVCM 0.15 %**. Does it pass the usual screening limits?",
          options: [
            { id: "a", text: "Yes: both values are below 1 %." },
            { id: "b", text: "No: CVCM exceeds the usual 0.1 % limit." },
            { id: "c", text: "No: TML exceeds the usual 0.5 % limit." },
            { id: "d", text: "Yes: E595 only applies to paints." },
          ],
          correctOptionId: "b",
          explanation:
            "The usual limits are TML < 1.0 % and CVCM < 0.1 %. TML passes, but 0.15 % CVCM means too much condensable material that can settle on optics and solar cells.",
        },
        {
          id: "ti-al-differential-expansion",
          kind: "numeric",
          prompt:
            "A **100 mm** titanium (8.6 µm/(m·K)) bracket is bolted to an aluminium 6061 (23.6 µm/(m·K)) panel. Over a **60 K** temperature swing, how much does their length change differ, in µm?",
          answer: 90,
          tolerance: { relative: 0.03 },
          unit: "µm",
          alternativeUnits: { um: 1, mm: 1000 },
          explanation:
            "Δ = (23.6 − 8.6) × 10⁻⁶ /K × 0.1 m × 60 K = 9.0 × 10⁻⁵ m = 90 µm. Joints between dissimilar materials must tolerate this mismatch without yielding or loosening.",
        },
        {
          id: "ti-mass-penalty",
          kind: "numeric",
          prompt:
            "A bracket has a volume of **12 cm³**. How many grams heavier is it in Ti-6Al-4V (4.43 g/cm³) than in Al 6061 (2.70 g/cm³)?",
          answer: 20.76,
          tolerance: { relative: 0.02 },
          unit: "g",
          alternativeUnits: { kg: 1000 },
          explanation:
            "12 × (4.43 − 2.70) = 12 × 1.73 ≈ 20.8 g (53.2 g versus 32.4 g). Titanium earns its place through low expansion and conductivity, not low mass.",
        },
        {
          id: "cfrp-optical-bench",
          kind: "multiple_choice",
          prompt: "Why is CFRP attractive for an optical bench despite its drawbacks?",
          options: [
            { id: "a", text: "It is isotropic and easy to machine." },
            { id: "b", text: "It is electrically conductive in every direction." },
            { id: "c", text: "It never absorbs moisture." },
            { id: "d", text: "It combines very high specific stiffness with near-zero thermal expansion." },
          ],
          correctOptionId: "d",
          explanation:
            "Optics need stable distances over temperature, which CFRP's near-zero expansion provides. The costs are anisotropy, conductivity only along the fibres and moisture absorption.",
        },
      ],
    },
  ],

  "str-mass-budget": [
    {
      id: "mass-budget-check",
      title: "Checkpoint: mass budget and centre of mass",
      afterSection: 0,
      questions: [
        {
          id: "mass-with-contingency",
          kind: "numeric",
          prompt:
            "Apply the contingency table: an off-the-shelf EPS board (datasheet **86 g**, use 5 %), a new structure from CAD (**420 g**, use 20 %) and a measured flight battery (**190 g**, use 2 %). What is the total mass with contingencies, in g?",
          answer: 788.1,
          tolerance: { relative: 0.01 },
          unit: "g",
          alternativeUnits: { kg: 1000 },
          explanation:
            "86 × 1.05 + 420 × 1.20 + 190 × 1.02 = 90.3 + 504.0 + 193.8 = 788.1 g. The least mature item carries the largest contingency.",
        },
        {
          id: "system-margin-percent",
          kind: "numeric",
          prompt:
            "A 3U must not exceed the dispenser limit of **4.0 kg**. The estimate including contingencies is **3.45 kg**. What is the system margin as a percentage of the limit?",
          answer: 13.75,
          tolerance: { absolute: 0.2 },
          unit: "%",
          explanation:
            "Margin = 4.0 − 3.45 = 0.55 kg; 0.55 / 4.0 = 13.75 %. That sits inside the 10–20 % range typical early in a project.",
        },
        {
          id: "centre-of-mass",
          kind: "numeric",
          prompt:
            "Along the long axis, three items sit at: **1.2 kg at 50 mm**, **0.8 kg at 170 mm** and **1.5 kg at 280 mm**. Where is their centre of mass, in mm?",
          answer: 176,
          tolerance: { absolute: 1 },
          unit: "mm",
          alternativeUnits: { cm: 10, m: 1000 },
          explanation:
            "z = Σ(m·z) / Σm = (1.2 × 50 + 0.8 × 170 + 1.5 × 280) / 3.5 = (60 + 136 + 420) / 3.5 = 616 / 3.5 = 176 mm.",
        },
        {
          id: "cad-contingency",
          kind: "multiple_choice",
          prompt: "Which contingency fits a **new design whose mass comes from a CAD estimate**?",
          options: [
            { id: "a", text: "15–20 %" },
            { id: "b", text: "0–2 %" },
            { id: "c", text: "5 %" },
            { id: "d", text: "25–30 %" },
          ],
          correctOptionId: "a",
          explanation:
            "CAD estimates miss fasteners, cables, coatings and design changes, so they carry 15–20 %. 0–2 % is for measured hardware, 25–30 % for concepts only.",
        },
      ],
    },
  ],

  "str-launch-loads": [
    {
      id: "margins-check",
      title: "Checkpoint: quasi-static loads and margins",
      afterSection: 1,
      questions: [
        {
          id: "quasi-static-force",
          kind: "numeric",
          prompt: "A **0.35 kg** component is sized for a design load factor of **15 g**. What quasi-static force acts on it, in N?",
          answer: 51.5,
          tolerance: { relative: 0.02 },
          unit: "N",
          alternativeUnits: { kN: 1000 },
          explanation: "F = m × n × g = 0.35 kg × 15 × 9.81 m/s² ≈ 51.5 N.",
        },
        {
          id: "margin-on-yield",
          kind: "numeric",
          prompt:
            "A bracket in Al 7075-T6 (yield **503 MPa**) sees a calculated stress of **120 MPa** under design load. With a factor of safety of **1.25 on yield**, what is the margin of safety?",
          answer: 2.35,
          tolerance: { absolute: 0.02 },
          unit: "",
          explanation:
            "MS = allowable / (FS × applied) − 1 = 503 / (1.25 × 120) − 1 = 503 / 150 − 1 ≈ 2.35. Positive, so the bracket passes on yield.",
        },
        {
          id: "most-demanding-environment",
          kind: "multiple_choice",
          prompt: "For small satellites in a dispenser, which launch environment is usually the most demanding?",
          options: [
            { id: "a", text: "Acoustic loads" },
            { id: "b", text: "Steady thrust acceleration" },
            { id: "c", text: "Random vibration" },
            { id: "d", text: "Sine vibration below 5 Hz" },
          ],
          correctOptionId: "c",
          explanation:
            "Broadband random vibration from 20 to 2,000 Hz, transmitted through the structure, usually drives CubeSat design. Acoustics matter more for large, light panels exposed in the fairing.",
        },
        {
          id: "negative-margin",
          kind: "multiple_choice",
          prompt: "An analysis gives a margin of safety of **−0.1** on ultimate. What does it mean?",
          options: [
            { id: "a", text: "The part passes with 10 % to spare." },
            { id: "b", text: "The part does not meet the required factor of safety and must be redesigned or re-analysed." },
            { id: "c", text: "The part will certainly break during launch." },
            { id: "d", text: "Only the yield check matters, so it can be ignored." },
          ],
          correctOptionId: "b",
          explanation:
            "MS must be zero or positive. A negative margin means the stress times the factor of safety exceeds the allowable; the part may survive, but the required safety is not demonstrated.",
        },
      ],
    },
  ],

  "str-fasteners-joints": [
    {
      id: "joints-check",
      title: "Checkpoint: preload and locking",
      afterSection: 1,
      questions: [
        {
          id: "m25-torque",
          kind: "numeric",
          prompt:
            "What tightening torque gives a preload of **1,200 N** on an **M2.5** screw (D = 2.5 mm) with nut factor **K = 0.2**? Answer in N·m.",
          answer: 0.6,
          tolerance: { relative: 0.02 },
          unit: "N·m",
          alternativeUnits: { Nm: 1, "N.m": 1, "N·cm": 0.01, Ncm: 0.01 },
          explanation: "T = K × D × F = 0.2 × 0.0025 m × 1,200 N = 0.6 N·m.",
        },
        {
          id: "lubricated-preload",
          kind: "numeric",
          prompt:
            "An M3 screw (D = 3 mm) is tightened to **0.5 N·m**, but its threads are lubricated so that **K = 0.15**. What preload results, in N?",
          answer: 1111,
          tolerance: { relative: 0.02 },
          unit: "N",
          alternativeUnits: { kN: 1000 },
          explanation:
            "F = T / (K × D) = 0.5 / (0.15 × 0.003) ≈ 1,111 N. Lubrication lowers K, so the same torque gives more preload — one reason torques should come from tested values.",
        },
        {
          id: "unreliable-locking",
          kind: "multiple_choice",
          prompt: "Which locking method is generally **avoided** in flight hardware because it is unreliable under vibration?",
          options: [
            { id: "a", text: "A space-approved, low-outgassing thread-locking compound" },
            { id: "b", text: "Staking with an adhesive bead" },
            { id: "c", text: "Prevailing-torque inserts" },
            { id: "d", text: "Split lock washers" },
          ],
          correctOptionId: "d",
          explanation:
            "Split lock washers do not hold preload under vibration. Adequate preload comes first, backed by thread-locker, prevailing-torque inserts, staking or safety wire.",
        },
        {
          id: "broken-torque-stripe",
          kind: "multiple_choice",
          prompt: "After a vibration test, a torque stripe across one screw head is broken. What does it tell you?",
          options: [
            { id: "a", text: "The fastener has moved and must be investigated before continuing." },
            { id: "b", text: "The paint was applied too thinly; reapply it." },
            { id: "c", text: "The test level was too low." },
            { id: "d", text: "Nothing: stripes always crack during vibration." },
          ],
          correctOptionId: "a",
          explanation:
            "The stripe exists to show movement: a broken stripe means the screw rotated or the parts shifted, so preload may be lost.",
        },
      ],
    },
  ],

  "str-modal-analysis": [
    {
      id: "modal-check",
      title: "Checkpoint: natural frequencies in practice",
      afterSection: 2,
      questions: [
        {
          id: "sdof-frequency",
          kind: "numeric",
          prompt:
            "Model a **2.5 kg** assembly on a mount of effective stiffness **1.6 × 10⁶ N/m** as a single degree of freedom. What is its natural frequency, in Hz?",
          answer: 127.3,
          tolerance: { relative: 0.02 },
          unit: "Hz",
          alternativeUnits: { kHz: 1000 },
          explanation:
            "√(k/m) = √(1.6 × 10⁶ / 2.5) = √640,000 = 800 rad/s; f = 800 / 2π ≈ 127 Hz, above a typical 100 Hz requirement but with modest margin.",
        },
        {
          id: "plate-thickness-scaling",
          kind: "numeric",
          prompt:
            "A bare PCB has its first mode at **95 Hz**. The board is made **1.5 times** thicker (same material and outline). Estimate the new first mode, in Hz.",
          answer: 142.5,
          tolerance: { relative: 0.02 },
          unit: "Hz",
          explanation:
            "For a plate, f ∝ √(D / (ρh)) with D ∝ h³, so f ∝ h: 95 × 1.5 = 142.5 Hz. Components added on the board would lower this again.",
        },
        {
          id: "sweep-shift",
          kind: "multiple_choice",
          prompt:
            "The low-level sine sweep shows the first mode at **182 Hz** before random vibration and **166 Hz** after. What should you conclude?",
          options: [
            { id: "a", text: "Normal scatter; continue with the next axis." },
            { id: "b", text: "The shift of about 9 % exceeds the usual 5 % criterion: something may have loosened or cracked." },
            { id: "c", text: "The structure became stiffer during the test." },
            { id: "d", text: "The sweep level was too high and should be repeated at 2 g." },
          ],
          correctOptionId: "b",
          explanation:
            "(182 − 166) / 182 ≈ 8.8 %, more than about 5 %. A drop in frequency means lost stiffness, such as a loose fastener, to be explained before testing continues.",
        },
        {
          id: "octave-rule",
          kind: "multiple_choice",
          prompt: "A structure's panel has its first mode at **120 Hz**. By the octave rule, where should the first mode of a component mounted on it be?",
          options: [
            { id: "a", text: "At 120 Hz, to move with the panel" },
            { id: "b", text: "At about 60 Hz" },
            { id: "c", text: "Anywhere above 130 Hz" },
            { id: "d", text: "At 240 Hz or more" },
          ],
          correctOptionId: "d",
          explanation:
            "An octave is a factor of two in frequency: 2 × 120 Hz = 240 Hz keeps the component and its support from amplifying each other.",
        },
      ],
    },
  ],

  "str-random-vibration": [
    {
      id: "random-vibration-check",
      title: "Checkpoint: random levels and responses",
      afterSection: 2,
      questions: [
        {
          id: "flat-psd-grms",
          kind: "numeric",
          prompt: "What is the Grms of a flat PSD of **0.01 g²/Hz** from **20 to 2,000 Hz**?",
          answer: 4.45,
          tolerance: { relative: 0.02 },
          unit: "g",
          alternativeUnits: { Grms: 1 },
          explanation: "Area = 0.01 × (2,000 − 20) = 19.8 g²; Grms = √19.8 ≈ 4.45 g.",
        },
        {
          id: "qualification-from-acceptance",
          kind: "numeric",
          prompt:
            "A launch ICD gives an acceptance random level of **6.8 Grms**. Qualification is acceptance **+3 dB**. What is the qualification level in Grms?",
          answer: 9.62,
          tolerance: { relative: 0.02 },
          unit: "g",
          alternativeUnits: { Grms: 1 },
          explanation:
            "+3 dB doubles the PSD, so Grms grows by √2: 6.8 × 1.414 ≈ 9.62 Grms — the same relation as GEVS's 10.0 and 14.1 Grms.",
        },
        {
          id: "miles-peak",
          kind: "numeric",
          prompt:
            "Use Miles' equation for a component with fn = **150 Hz**, Q = **10** and an input of **0.02 g²/Hz** at that frequency. What is the 3σ peak acceleration, in g?",
          answer: 20.6,
          tolerance: { relative: 0.03 },
          unit: "g",
          explanation:
            "Grms = √((π/2) × 150 × 10 × 0.02) = √47.1 ≈ 6.86 g; 3σ ≈ 3 × 6.86 ≈ 20.6 g, to be multiplied by the component mass for sizing.",
        },
        {
          id: "protoflight-definition",
          kind: "multiple_choice",
          prompt: "What is a **protoflight** vibration test?",
          options: [
            { id: "a", text: "Acceptance level for qualification duration on a dedicated test unit" },
            { id: "b", text: "Acceptance level and duration on the flight unit" },
            { id: "c", text: "Qualification level for the acceptance duration on the flight unit" },
            { id: "d", text: "A test at −6 dB before the full-level run" },
          ],
          correctOptionId: "c",
          explanation:
            "Without a separate qualification model, the flight unit sees qualification level (to prove margin) but only for the acceptance duration (to limit fatigue).",
        },
      ],
    },
  ],

  "str-fea-basics": [
    {
      id: "fea-check",
      title: "Checkpoint: checking an FEA model",
      afterSection: 1,
      questions: [
        {
          id: "free-free-modes",
          kind: "multiple_choice",
          prompt: "A free-free modal analysis of your CubeSat model returns **eight** modes near 0 Hz. What does this indicate?",
          options: [
            { id: "a", text: "Parts of the model are disconnected." },
            { id: "b", text: "The model is correct: eight is the expected number." },
            { id: "c", text: "The mesh is too fine." },
            { id: "d", text: "The boundary conditions are too stiff." },
          ],
          correctOptionId: "a",
          explanation:
            "A connected free body has exactly six rigid-body modes (three translations, three rotations). Extra zero-frequency modes mean a part can move freely, i.e. it is not connected.",
        },
        {
          id: "unit-mistake",
          kind: "numeric",
          prompt:
            "A model uses millimetres, tonnes and seconds, but all masses were typed in **kilograms**. It reports a first mode of **4.27 Hz**. What is the true first mode, in Hz?",
          answer: 135,
          tolerance: { relative: 0.02 },
          unit: "Hz",
          explanation:
            "Masses in kg entered as tonnes are 1,000 times too large, and f ∝ 1/√m, so the frequency is √1,000 ≈ 31.6 times too low: 4.27 × 31.6 ≈ 135 Hz.",
        },
        {
          id: "pcb-element",
          kind: "multiple_choice",
          prompt: "Which element type suits a PCB in a CubeSat stack model?",
          options: [
            { id: "a", text: "Beam elements" },
            { id: "b", text: "Shell elements" },
            { id: "c", text: "Solid elements" },
            { id: "d", text: "A point mass only" },
          ],
          correctOptionId: "b",
          explanation:
            "A PCB is thin compared with its width, which is what shells model efficiently; its components can be added as distributed or point masses.",
        },
        {
          id: "mass-check",
          kind: "numeric",
          prompt:
            "The FEA model weighs **3.62 kg**, while the mass budget gives **3.95 kg**. What percentage of the budget mass is missing from the model?",
          answer: 8.35,
          tolerance: { absolute: 0.1 },
          unit: "%",
          explanation:
            "(3.95 − 3.62) / 3.95 = 0.33 / 3.95 ≈ 8.4 %. Missing mass makes predicted frequencies too high, so add the missing items (often harness and fasteners) as masses.",
        },
      ],
    },
  ],

  "str-deployables-burn-wires": [
    {
      id: "burn-wire-check",
      title: "Checkpoint: burn-wire release",
      afterSection: 0,
      questions: [
        {
          id: "burn-resistor-power",
          kind: "numeric",
          prompt: "A burn resistor of **3.3 Ω** carries **1.5 A** during the burn. How much power does it dissipate, in W?",
          answer: 7.425,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "P = I² × R = 1.5² × 3.3 = 2.25 × 3.3 ≈ 7.4 W — far above a small resistor's rating, which is intended: it only needs to survive a few seconds to melt the line.",
        },
        {
          id: "burn-retry-energy",
          kind: "numeric",
          prompt:
            "Each burn attempt draws **7.5 W** from the 5 V rail for **6 s**. Software allows **3 attempts** on each of **2** redundant circuits. With a **90 %** efficient converter, how much battery energy do all attempts use in the worst case, in J?",
          answer: 300,
          tolerance: { relative: 0.02 },
          unit: "J",
          alternativeUnits: { kJ: 1000, Wh: 3600, mWh: 3.6 },
          explanation:
            "6 attempts × 7.5 W × 6 s = 270 J at the rail; ÷ 0.9 = 300 J ≈ 0.083 Wh. Small for one sequence, which is why the limit is on the number of retries, not on each burn.",
        },
        {
          id: "failed-burn",
          kind: "multiple_choice",
          prompt: "After a burn, the deployment switch does not confirm release. What should the software do?",
          options: [
            { id: "a", text: "Keep burning continuously until the switch changes state" },
            { id: "b", text: "Give up and mark the panel as lost" },
            { id: "c", text: "Retry, on the redundant circuit if needed, up to a set limit" },
            { id: "d", text: "Reset the OBC to clear the switch" },
          ],
          correctOptionId: "c",
          explanation:
            "Retries with a limit, using both independent heating circuits, give deployment a high chance of success without risking the battery.",
        },
        {
          id: "line-tension",
          kind: "multiple_choice",
          prompt: "Why must the restraint line's tension be re-checked shortly before flight?",
          options: [
            { id: "a", text: "Polymer lines creep and lose tension over time and temperature." },
            { id: "b", text: "Dyneema becomes brittle within days." },
            { id: "c", text: "The launch provider requires a new line for every test." },
            { id: "d", text: "The heating element tightens the line each time it is tested." },
          ],
          correctOptionId: "a",
          explanation:
            "A slack line lets the deployable rattle during launch and may slip off the heater; a tensioning method and a final check prevent that.",
        },
      ],
    },
  ],

  "str-structural-test-campaign": [
    {
      id: "post-test-check",
      title: "Checkpoint: after the test",
      afterSection: 3,
      questions: [
        {
          id: "broken-stripe-action",
          kind: "multiple_choice",
          prompt:
            "After the Y-axis run, a torque stripe on a battery bracket screw is broken, but the post-test functional test passes. What is the right action?",
          options: [
            { id: "a", text: "Retorque the screw, repaint the stripe and continue without recording it" },
            { id: "b", text: "Record a non-conformance report, find the cause and agree a disposition before continuing" },
            { id: "c", text: "Ignore it, because the functional test passed" },
            { id: "d", text: "Abort the campaign and build a new structure" },
          ],
          correctOptionId: "b",
          explanation:
            "Anything that does not meet requirements goes into an NCR with a root cause and a disposition (use as is, repair, rework, retest). Hiding it to keep the schedule is never acceptable.",
        },
        {
          id: "sweep-shift-percent",
          kind: "numeric",
          prompt:
            "The main mode was **212 Hz** in the pre-test sweep and **199 Hz** after random vibration. By how many percent did it shift (magnitude)?",
          answer: 6.13,
          tolerance: { absolute: 0.1 },
          unit: "%",
          explanation:
            "(212 − 199) / 212 = 13 / 212 ≈ 6.1 %, above the usual 5 % criterion, so the change must be explained before the next axis.",
        },
        {
          id: "post-test-functional",
          kind: "multiple_choice",
          prompt: "What should the functional test after each vibration test look like?",
          options: [
            { id: "a", text: "A quick check that the beacon is transmitting" },
            { id: "b", text: "Whatever can be done in the remaining shaker time" },
            { id: "c", text: "A full thermal vacuum cycle" },
            { id: "d", text: "Identical to the pre-test functional test, so the results can be compared" },
          ],
          correctOptionId: "d",
          explanation:
            "Only an identical test gives a meaningful before/after comparison; a shorter aliveness test between axes is fine, but not as the final check.",
        },
        {
          id: "protoflight-downside",
          kind: "multiple_choice",
          prompt: "Most university CubeSats follow a protoflight approach. What is its main drawback?",
          options: [
            { id: "a", text: "The flight unit is stressed at qualification levels, so a failure hits the flight hardware." },
            { id: "b", text: "It needs two complete satellites." },
            { id: "c", text: "Launch providers never accept it." },
            { id: "d", text: "It removes the need for analysis." },
          ],
          correctOptionId: "a",
          explanation:
            "Protoflight saves building a qualification model, but the only unit sees qualification levels; engineering models of critical parts reduce that risk.",
        },
      ],
    },
  ],
};
