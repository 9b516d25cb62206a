/**
 * Checkpoint questions for the thermal demo modules, keyed by module slug.
 *
 * Each checkpoint follows the catalogue section marked `isCheckpoint` (`afterSection` is that
 * section's index). Numeric answers are worked in their explanations; temperatures are asked in
 * one unit only, because °C and K differ by an offset, not a factor.
 */
import type { Checkpoint } from "../../../app/lib/domain/module-spec";

export const THERMAL_QUESTIONS: Record<string, Checkpoint[]> = {
  "thm-heat-transfer-in-vacuum": [
    {
      id: "radiation-basics",
      title: "Conduction and radiation in vacuum",
      afterSection: 1,
      questions: [
        {
          id: "bench-vs-vacuum",
          kind: "multiple_choice",
          prompt:
            "A radio board runs at 45 °C on the lab bench. In a thermal vacuum chamber, with the same power and the same mounting, it runs much hotter. Why?",
          options: [
            { id: "a", text: "Electronics dissipate more electrical power at low pressure." },
            {
              id: "b",
              text: "Without air there is no convection: heat can leave only by conduction through the mounts and by radiation.",
            },
            { id: "c", text: "Radiation does not work in vacuum, so only conduction is left." },
            { id: "d", text: "The chamber walls reflect the board's heat back onto it." },
          ],
          correctOptionId: "b",
          explanation:
            "On the bench, air carries heat away by convection; in vacuum only conduction through solid paths and radiation remain. A part that relied on convection loses its main cooling path and warms until conduction and radiation carry the same power.",
        },
        {
          id: "strap-delta-t",
          kind: "numeric",
          prompt:
            "An aluminium 6061 thermal strap (k ≈ 167 W/(m·K)) has a cross-section of **0.5 cm²** and a length of **4 cm**. It carries **1.5 W** from a radio amplifier to the frame. What temperature difference is needed across its ends, in K? (Ignore contact resistance.)",
          answer: 7.19,
          tolerance: { relative: 0.03 },
          unit: "K",
          explanation:
            "R = L / (k × A) = 0.04 / (167 × 5 × 10⁻⁵) ≈ 4.79 K/W, so ΔT = Q × R = 1.5 × 4.79 ≈ 7.2 K. The bolted joints at each end often add more resistance than the strap itself.",
        },
        {
          id: "panel-radiated-power",
          kind: "numeric",
          prompt:
            "A 10 cm × 20 cm external panel with emissivity ε = 0.80 is at **40 °C**. How much power does that one face radiate, in W? (σ = 5.67 × 10⁻⁸ W/(m²·K⁴))",
          answer: 8.72,
          tolerance: { relative: 0.03 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "Convert to kelvin first: T = 313 K, A = 0.02 m². Q = 0.80 × 5.67 × 10⁻⁸ × 0.02 × 313⁴ ≈ 8.7 W.",
        },
        {
          id: "t4-scaling",
          kind: "multiple_choice",
          prompt: "A radiator face warms from 20 °C to 60 °C with its emissivity unchanged. How does the power it radiates change?",
          options: [
            { id: "a", text: "It triples, because 60 / 20 = 3." },
            { id: "b", text: "It rises by about 14 %, in proportion to the absolute temperature." },
            { id: "c", text: "It rises by about 67 %, because (333 / 293)⁴ ≈ 1.67." },
            { id: "d", text: "It stays the same, because emitted power depends only on emissivity." },
          ],
          correctOptionId: "c",
          explanation:
            "Radiated power goes with the fourth power of the absolute temperature: (333.15 / 293.15)⁴ ≈ 1.67. Ratios of Celsius values are meaningless, and the strong T⁴ dependence is what makes radiators self-stabilising.",
        },
      ],
    },
  ],

  "thm-radiation-view-factors": [
    {
      id: "radiative-exchange",
      title: "Radiative exchange and view factors",
      afterSection: 2,
      questions: [
        {
          id: "alpha-epsilon-kirchhoff",
          kind: "multiple_choice",
          prompt:
            "White paint absorbs only about 20 % of sunlight yet has an infrared emissivity near 0.9. How is that consistent with Kirchhoff's law (α_λ = ε_λ)?",
          options: [
            {
              id: "a",
              text: "Sunlight and the spacecraft's own emission lie at different wavelengths, and the paint's spectral α_λ = ε_λ is low in the visible but high in the infrared.",
            },
            { id: "b", text: "Kirchhoff's law applies only to blackbodies, not to paints." },
            { id: "c", text: "The paint warms up until its α equals its ε." },
            { id: "d", text: "Emissivity is measured at a higher temperature than absorptivity." },
          ],
          correctOptionId: "a",
          explanation:
            "Kirchhoff's law holds wavelength by wavelength. Sunlight sits mostly within 0.25–2.5 µm and a 300 K spacecraft emits around 5–50 µm, so solar α and infrared ε are two different numbers for the same surface.",
        },
        {
          id: "earth-view-factor",
          kind: "numeric",
          prompt:
            "A flat plate at **600 km** altitude faces nadir. Using F = (Re / (Re + h))² with Re = 6,378 km, what is its view factor to Earth? (A number between 0 and 1, no unit.)",
          answer: 0.835,
          tolerance: { absolute: 0.01 },
          unit: "",
          explanation:
            "F = (6,378 / 6,978)² = 0.914² ≈ 0.835. It is a little lower than the 0.86 at 500 km because Earth fills less of the plate's view from higher up.",
        },
        {
          id: "parallel-plates",
          kind: "numeric",
          prompt:
            "Two large parallel board faces of **0.01 m²** each, both with ε = 0.85, are at **320 K** and **280 K**. Using Q = σ × A × (T1⁴ − T2⁴) / (1/ε1 + 1/ε2 − 1), what is the net radiative heat flow between them, in W?",
          answer: 1.82,
          tolerance: { relative: 0.03 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "The denominator is 1/0.85 + 1/0.85 − 1 ≈ 1.35 and T1⁴ − T2⁴ ≈ 4.34 × 10⁹ K⁴. Q = 5.67 × 10⁻⁸ × 0.01 × 4.34 × 10⁹ / 1.35 ≈ 1.8 W.",
        },
        {
          id: "isolating-finish",
          kind: "multiple_choice",
          prompt:
            "You want to radiatively isolate a camera board from the cold side wall it faces. Which finishes on the two facing surfaces help most?",
          options: [
            { id: "a", text: "Black paint on both (ε ≈ 0.88)." },
            { id: "b", text: "White paint on both, because it has a low solar absorptivity." },
            { id: "c", text: "Black paint on the board and white paint on the wall." },
            { id: "d", text: "Polished aluminium or gold on both (ε ≈ 0.03–0.05)." },
          ],
          correctOptionId: "d",
          explanation:
            "With ε = 0.05 on both sides, 1/ε1 + 1/ε2 − 1 = 39 instead of 1.35, so the exchange falls by a factor of about 29. White paint has a high infrared emissivity, and solar absorptivity is irrelevant inside the spacecraft.",
        },
      ],
    },
  ],

  "thm-temperature-limits": [
    {
      id: "margins",
      title: "Temperature limits and margins",
      afterSection: 1,
      questions: [
        {
          id: "survival-limits",
          kind: "multiple_choice",
          prompt: "What do a component's **non-operating (survival) limits** describe?",
          options: [
            { id: "a", text: "The range in which it meets its specification while powered." },
            { id: "b", text: "The range in which it may safely be switched on." },
            { id: "c", text: "The range it tolerates while unpowered, without damage." },
            { id: "d", text: "The range the thermal model predicts for the cold case." },
          ],
          correctOptionId: "c",
          explanation:
            "Survival limits apply to the unpowered unit; operating limits apply while it works to specification, and turn-on limits bound when it may be switched on. A design must respect each in the modes where it applies.",
        },
        {
          id: "battery-constraint",
          kind: "multiple_choice",
          prompt: "Why is the Li-ion battery usually the most constraining item in a CubeSat's thermal design?",
          options: [
            {
              id: "a",
              text: "Its allowable range is narrow (charging only from about 0 to +45 °C), it is sensitive at both ends, and it sits deep in the stack.",
            },
            { id: "b", text: "It dissipates more heat than any other component." },
            { id: "c", text: "It has the highest solar absorptivity of any component." },
            { id: "d", text: "It has the widest range, so it sets the margins for every other part." },
          ],
          correctOptionId: "a",
          explanation:
            "Industrial electronics tolerate −40 to +85 °C, but a Li-ion cell must not be charged below about 0 °C. Buried in the stack, its temperature is set by everything around it, which is why batteries so often need heaters.",
        },
        {
          id: "qualification-hot-limit",
          kind: "numeric",
          prompt:
            "Before correlation, the thermal model gives a **calculated** range of −2 °C to +22 °C for a camera detector. With an uncertainty margin of 10 °C, an acceptance margin of 5 °C and a qualification margin of 5 °C, what is the upper end of the **qualification** range, in °C?",
          answer: 42,
          tolerance: { absolute: 0.5 },
          unit: "°C",
          explanation:
            "Predicted: 22 + 10 = 32 °C; acceptance: 32 + 5 = 37 °C; qualification: 37 + 5 = 42 °C. That is well above a typical 0 to +30 °C detector band, so the design needs a better heat path or different finishes.",
        },
        {
          id: "qualification-inside",
          kind: "multiple_choice",
          prompt: "The design goal is that the **qualification** temperature range stays inside which range?",
          options: [
            { id: "a", text: "The calculated range from the thermal model." },
            { id: "b", text: "The acceptance test range." },
            { id: "c", text: "The component's allowable temperature limits." },
            { id: "d", text: "The chamber's shroud temperature range." },
          ],
          correctOptionId: "c",
          explanation:
            "The ranges nest: calculated ⊂ predicted ⊂ acceptance ⊂ qualification, and the outermost, qualification, must still fit inside what the component allows. Otherwise testing at qualification levels could damage the part or show it out of specification.",
        },
      ],
    },
  ],

  "thm-orbital-thermal-environment": [
    {
      id: "orbital-environment",
      title: "External heat loads and beta angle",
      afterSection: 1,
      questions: [
        {
          id: "earth-ir-property",
          kind: "multiple_choice",
          prompt: "Which surface property sets how much **Earth infrared** radiation a surface absorbs?",
          options: [
            { id: "a", text: "The solar absorptivity α." },
            { id: "b", text: "The ratio α/ε." },
            { id: "c", text: "Earth's albedo coefficient." },
            { id: "d", text: "The infrared emissivity ε." },
          ],
          correctOptionId: "d",
          explanation:
            "Earth emits in the infrared, and by Kirchhoff's law a surface's infrared absorptivity equals its infrared emissivity. Solar and albedo loads, which are sunlight, depend on α instead.",
        },
        {
          id: "solar-load",
          kind: "numeric",
          prompt:
            "A 10 cm × 20 cm body-mounted solar panel (α = 0.90) is in sunlight with the Sun **30°** from the panel normal, at the mean solar flux of 1,361 W/m². How much direct solar power does it absorb, in W?",
          answer: 21.2,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "Q_sun = α × A × S × cos θ = 0.90 × 0.02 × 1,361 × cos 30° ≈ 24.5 × 0.866 ≈ 21.2 W.",
        },
        {
          id: "earth-ir-load",
          kind: "numeric",
          prompt:
            "A nadir-facing face of **0.01 m²** with ε = 0.85 has a view factor to Earth of 0.86. With the average Earth IR of 237 W/m², how much Earth infrared does it absorb, in W?",
          answer: 1.73,
          tolerance: { relative: 0.03 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "Q_IR = ε × A × q_IR × F = 0.85 × 0.01 × 237 × 0.86 ≈ 1.73 W. Unlike sunlight and albedo, this load is present in eclipse too.",
        },
        {
          id: "beta-cold",
          kind: "multiple_choice",
          prompt:
            "At which beta angle does a satellite in a 500 km orbit have its longest eclipses and, usually, its coldest minimum temperatures?",
          options: [
            { id: "a", text: "Near 0°, with the Sun in the orbit plane." },
            { id: "b", text: "Around 68°, the critical angle." },
            { id: "c", text: "Around 75°, the maximum of the ISS cycle." },
            { id: "d", text: "Beta angle does not affect eclipses; only altitude does." },
          ],
          correctOptionId: "a",
          explanation:
            "At β ≈ 0° the orbit passes straight through Earth's shadow, giving the longest eclipse (about 36 minutes at 500 km). Above about 68° at 500 km there is no eclipse at all, which tends to give the hot case.",
        },
      ],
    },
  ],

  "thm-coatings-alpha-epsilon": [
    {
      id: "surface-finishes",
      title: "Surface finishes",
      afterSection: 0,
      questions: [
        {
          id: "sphere-temperature",
          kind: "numeric",
          prompt:
            "A sphere finished in clear-anodised aluminium (α/ε ≈ 0.5) is in sunlight (S = 1,361 W/m²) with no other heat input. Using T = ((α/ε) × S / (4 × σ))^(1/4), what is its equilibrium temperature, in K?",
          answer: 234,
          tolerance: { absolute: 3 },
          unit: "K",
          explanation:
            "T = (0.5 × 1,361 / (4 × 5.67 × 10⁻⁸))^(1/4) = (3.0 × 10⁹)^(1/4) ≈ 234 K, about −39 °C. Halving α/ε from 1 multiplies the 278 K result by 0.5^(1/4) ≈ 0.84.",
        },
        {
          id: "radiator-finish",
          kind: "multiple_choice",
          prompt: "A radiator panel on the sunlit side must stay as cool as possible. Which finish is best?",
          options: [
            { id: "a", text: "Polished aluminium (α/ε ≈ 4)." },
            { id: "b", text: "Silver-coated Teflon / optical solar reflector (α/ε ≈ 0.1)." },
            { id: "c", text: "Deposited gold (α/ε ≈ 8)." },
            { id: "d", text: "Black paint (α/ε ≈ 1.1)." },
          ],
          correctOptionId: "b",
          explanation:
            "A radiator needs low solar absorption and high infrared emission, that is, a low α/ε. An optical solar reflector (α ≈ 0.08, ε ≈ 0.8) is the classic choice; metals with high α/ε run hot in sunlight.",
        },
        {
          id: "hot-case-alpha",
          kind: "multiple_choice",
          prompt:
            "White paint darkens over the mission under UV and atomic oxygen. Which absorptivity belongs in the **hot-case** analysis?",
          options: [
            { id: "a", text: "The beginning-of-life α, because it is the measured value." },
            { id: "b", text: "The average of beginning- and end-of-life values." },
            { id: "c", text: "α is irrelevant in the hot case; only ε matters." },
            { id: "d", text: "The end-of-life α, which is higher after degradation." },
          ],
          correctOptionId: "d",
          explanation:
            "Degradation raises α, which makes sunlit surfaces hotter, so the hot case uses end-of-life values and the cold case beginning-of-life values. Each worst case takes the property value that pushes it further.",
        },
        {
          id: "polished-in-shadow",
          kind: "multiple_choice",
          prompt: "Why is polished aluminium a poor finish for a surface that must reject heat during eclipse?",
          options: [
            { id: "a", text: "Its very low infrared emissivity (about 0.03–0.05) means it radiates little heat at any temperature." },
            { id: "b", text: "Its high solar absorptivity heats it up in shadow." },
            { id: "c", text: "It conducts heat too well to the rest of the structure." },
            { id: "d", text: "It erodes within days under atomic oxygen." },
          ],
          correctOptionId: "a",
          explanation:
            "In shadow there is no sunlight, so α does not matter; rejection depends on ε alone. A surface with ε ≈ 0.04 radiates about 20 times less than one with ε ≈ 0.85 at the same temperature.",
        },
      ],
    },
  ],

  "thm-mli-and-insulation": [
    {
      id: "mli",
      title: "Multi-layer insulation",
      afterSection: 0,
      questions: [
        {
          id: "shield-count",
          kind: "numeric",
          prompt:
            "Two surfaces facing each other exchange **6 W** by radiation. You place **5** thin radiation shields with the same emissivity between them. Using the N + 1 rule of thumb, how much heat still flows, in W?",
          answer: 1,
          tolerance: { relative: 0.05 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "N shields of equal emissivity divide the radiative heat flow by about N + 1 = 6, so 6 W / 6 = 1 W. This is the principle behind every MLI blanket.",
        },
        {
          id: "practical-emittance",
          kind: "multiple_choice",
          prompt:
            "A 15-layer blanket around a CubeSat battery should in theory reach an effective emittance well below 0.01, but it measures about 0.04. What most likely dominates its heat leak?",
          options: [
            { id: "a", text: "The aluminium coating on each layer is too thick." },
            { id: "b", text: "Too many layers: each extra layer adds radiation." },
            { id: "c", text: "Seams, edges and penetrations such as cables and brackets, which dominate small blankets." },
            { id: "d", text: "The netting spacers reflect infrared back and forth." },
          ],
          correctOptionId: "c",
          explanation:
            "Real blankets reach 0.01–0.05 because of conduction through compressed areas, seams, edges, penetrations and fasteners. The smaller the blanket, the larger the share of edges, which is why MLI performs poorly at CubeSat scale.",
        },
        {
          id: "venting-grounding",
          kind: "multiple_choice",
          prompt: "Which pair of practices does an MLI blanket need?",
          options: [
            { id: "a", text: "Seal it airtight, and insulate its layers electrically from each other." },
            { id: "b", text: "Vent it so trapped air escapes during launch, and electrically ground its layers." },
            { id: "c", text: "Compress the layers tightly, and paint the outer layer black." },
            { id: "d", text: "Bond it with adhesive over its whole area, and leave it ungrounded." },
          ],
          correctOptionId: "b",
          explanation:
            "Air trapped between layers must escape as the fairing depressurises, or the blanket balloons and tears. Grounding prevents charge build-up on the metallised films and the discharges that follow.",
        },
        {
          id: "blanket-heat-leak",
          kind: "numeric",
          prompt:
            "An MLI blanket with effective emittance ε* = 0.02 covers **0.04 m²** of a battery box at **293 K**; its outer layer is at **200 K**. Using Q = ε* × σ × A × (T_in⁴ − T_out⁴), how much heat leaks through it, in W?",
          answer: 0.262,
          tolerance: { relative: 0.03 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "T_in⁴ − T_out⁴ = 7.37 × 10⁹ − 1.60 × 10⁹ ≈ 5.77 × 10⁹ K⁴. Q = 0.02 × 5.67 × 10⁻⁸ × 0.04 × 5.77 × 10⁹ ≈ 0.26 W, compared with about 11 W for a bare ε = 0.85 surface.",
        },
      ],
    },
  ],

  "thm-hot-cold-cases": [
    {
      id: "energy-balance",
      title: "Worst cases and energy balance",
      afterSection: 2,
      questions: [
        {
          id: "cold-case-set",
          kind: "multiple_choice",
          prompt: "Which set of assumptions belongs in a **cold case**?",
          options: [
            { id: "a", text: "1,414 W/m² solar flux, end-of-life α, payload and transmitter on." },
            { id: "b", text: "1,322 W/m² solar flux, end-of-life α, maximum internal dissipation." },
            {
              id: "c",
              text: "1,322 W/m² solar flux, low albedo and Earth IR, longest eclipse, minimum dissipation, beginning-of-life surface properties.",
            },
            { id: "d", text: "No eclipse, high Earth IR, safe mode." },
          ],
          correctOptionId: "c",
          explanation:
            "The cold case combines every parameter at its cold extreme: aphelion flux, low albedo and Earth IR, the longest eclipse, the least dissipation (e.g. safe mode) and undegraded, lower α. Mixing in hot values would not bound the coldest temperatures.",
        },
        {
          id: "single-node-temperature",
          kind: "numeric",
          prompt:
            "A 1U CubeSat (total area 0.06 m², ε = 0.85) absorbs and dissipates **12 W** in total in steady state. Treating it as a single node, what is its temperature, in K?",
          answer: 254,
          tolerance: { absolute: 3 },
          unit: "K",
          explanation:
            "T = (Q / (ε × σ × A))^(1/4) = (12 / (0.85 × 5.67 × 10⁻⁸ × 0.06))^(1/4) = (4.15 × 10⁹)^(1/4) ≈ 254 K, about −19 °C.",
        },
        {
          id: "time-constant",
          kind: "numeric",
          prompt:
            "A **2.0 kg** CubeSat with specific heat c ≈ 900 J/(kg·K) has a radiative conductance to space G ≈ **0.30 W/K**. What is its thermal time constant τ = C / G, in minutes?",
          answer: 100,
          tolerance: { relative: 0.03 },
          unit: "min",
          alternativeUnits: { s: 1 / 60, h: 60 },
          explanation:
            "C = m × c = 2.0 × 900 = 1,800 J/K, so τ = 1,800 / 0.30 = 6,000 s = 100 min. That is longer than a 95-minute orbit, so temperatures oscillate around the orbit average rather than reaching sunlit or eclipse equilibrium.",
        },
        {
          id: "orbit-average-heat",
          kind: "numeric",
          prompt:
            "Over a 95-minute orbit, a CubeSat absorbs and dissipates **20 W** during 60 minutes of sunlight and **5 W** during a 35-minute eclipse. What is its orbit-average heat input, in W?",
          answer: 14.47,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "Weight each load by its duration: (20 × 60 + 5 × 35) / 95 = 1,375 / 95 ≈ 14.5 W. Put this into the single-node balance to estimate the orbit-average temperature.",
        },
      ],
    },
  ],

  "thm-heaters-and-control": [
    {
      id: "heater-control",
      title: "Heater sizing and control",
      afterSection: 1,
      questions: [
        {
          id: "heater-resistance",
          kind: "numeric",
          prompt: "You need a **1.5 W** film heater on an **8.0 V** battery bus. What resistance should it have, in Ω?",
          answer: 42.7,
          tolerance: { relative: 0.02 },
          unit: "Ω",
          alternativeUnits: { ohm: 1, ohms: 1, kΩ: 1000 },
          explanation: "P = V² / R, so R = V² / P = 8.0² / 1.5 = 64 / 1.5 ≈ 42.7 Ω.",
        },
        {
          id: "heater-low-voltage",
          kind: "numeric",
          prompt:
            "The same 42.7 Ω heater is on late in eclipse, when the 2S battery has fallen to **6.4 V**. What power does it deliver, in W?",
          answer: 0.96,
          tolerance: { relative: 0.03 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation:
            "P = V² / R = 6.4² / 42.7 ≈ 0.96 W, only 64 % of the nominal 1.5 W. Check that a heater sized at nominal voltage still covers the cold-case heat leak at the lowest bus voltage.",
        },
        {
          id: "heater-energy",
          kind: "numeric",
          prompt:
            "A **2.0 W** battery heater runs at a **60 %** duty cycle during a 36-minute eclipse and stays off in sunlight. How much energy does it take from the battery each orbit, in Wh?",
          answer: 0.72,
          tolerance: { relative: 0.02 },
          unit: "Wh",
          alternativeUnits: { mWh: 0.001, J: 1 / 3600, kJ: 1000 / 3600 },
          explanation:
            "E = P × duty × t = 2.0 W × 0.60 × 0.6 h = 0.72 Wh (about 2,600 J). It is drawn exactly while the battery is discharging, so it belongs in the eclipse line of the power budget.",
        },
        {
          id: "battery-heater-control",
          kind: "multiple_choice",
          prompt: "Which control method is the safer choice for the **battery** heater, and why?",
          options: [
            { id: "a", text: "Software bang-bang control on the OBC, because its setpoints can be changed by command." },
            { id: "b", text: "Proportional PWM control from the payload processor, for the smoothest temperature." },
            {
              id: "c",
              text: "No control at all: leave the heater permanently on so it can never fail to switch on.",
            },
            {
              id: "d",
              text: "Autonomous hardware control on the EPS or battery board, because it keeps working if the OBC resets or hangs.",
            },
          ],
          correctOptionId: "d",
          explanation:
            "A software heater stops exactly when the OBC is down, which may be when the battery is coldest. A comparator circuit or thermostat works independently; a permanently-on heater would overheat the battery and drain it.",
        },
      ],
    },
  ],

  "thm-nodal-modelling": [
    {
      id: "correlation",
      title: "Nodal networks and correlation",
      afterSection: 2,
      questions: [
        {
          id: "conductive-link",
          kind: "numeric",
          prompt:
            "An aluminium rail section (k ≈ 167 W/(m·K)) with a cross-section of **0.5 cm²** links two nodes **10 cm** apart. What is its conductance G = k × A / L, in W/K?",
          answer: 0.0835,
          tolerance: { relative: 0.02 },
          unit: "W/K",
          alternativeUnits: { "mW/K": 0.001 },
          explanation: "G = 167 × 5 × 10⁻⁵ / 0.10 ≈ 0.084 W/K, a thermal resistance of about 12 K/W.",
        },
        {
          id: "heating-rate",
          kind: "numeric",
          prompt:
            "A battery node has m = 0.18 kg and c = 1,000 J/(kg·K). At one instant the sum of its heat inputs and link flows is **+0.9 W**. How fast is its temperature rising, in K/min?",
          answer: 0.3,
          tolerance: { relative: 0.03 },
          unit: "K/min",
          alternativeUnits: { "K/s": 60, "K/h": 1 / 60 },
          explanation:
            "C = m × c = 180 J/K, and C × dT/dt = net heat flow, so dT/dt = 0.9 / 180 = 0.005 K/s = 0.3 K/min.",
        },
        {
          id: "correlation-parameters",
          kind: "multiple_choice",
          prompt:
            "In a thermal balance test the battery reads **6 °C** colder than the model predicts. What should you adjust during correlation?",
          options: [
            { id: "a", text: "The measured temperatures, to average out sensor noise." },
            { id: "b", text: "Any parameter that makes the numbers match, such as the solar constant." },
            {
              id: "c",
              text: "The most uncertain inputs, such as the battery's bolted contact conductance or effective emissivities, within physically plausible ranges.",
            },
            { id: "d", text: "Nothing: 6 °C is within the usual correlation criterion." },
          ],
          correctOptionId: "c",
          explanation:
            "Correlation tunes the most uncertain parameters, mainly contact conductances, effective emissivities and dissipations, within plausible ranges. The usual criterion is about ±3–5 °C, so a 6 °C error needs attention, and arbitrary fudge factors would not predict flight.",
        },
        {
          id: "correlation-benefit",
          kind: "multiple_choice",
          prompt: "What is the main practical benefit of correlating the model with test data?",
          options: [
            { id: "a", text: "It guarantees flight temperatures within ±1 °C." },
            { id: "b", text: "It removes the need for qualification margins." },
            { id: "c", text: "It makes transient analysis unnecessary." },
            {
              id: "d",
              text: "The uncertainty margin can be reduced (e.g. from 10 °C to 5 °C), which can remove the need for a heater.",
            },
          ],
          correctOptionId: "d",
          explanation:
            "A correlated model is trusted more, so the uncertainty margin shrinks while acceptance and qualification margins stay. Five degrees can decide whether the battery needs a heater.",
        },
      ],
    },
  ],

  "thm-thermal-vacuum-testing": [
    {
      id: "tvac",
      title: "Thermal vacuum campaign",
      afterSection: 3,
      questions: [
        {
          id: "balance-vs-cycling",
          kind: "multiple_choice",
          prompt: "How does a **thermal balance** test differ from thermal cycling?",
          options: [
            { id: "a", text: "It drives the satellite to chosen hot and cold temperatures as quickly as possible." },
            {
              id: "b",
              text: "It applies known heat loads and boundary conditions and waits for equilibrium, so the measured temperatures can be compared with the model.",
            },
            { id: "c", text: "It is performed at ambient pressure to save chamber time." },
            { id: "d", text: "It screens workmanship with rapid thermal shocks." },
          ],
          correctOptionId: "b",
          explanation:
            "Cycling imposes temperatures to verify function and screen workmanship. A balance test imposes known powers and boundaries and lets the satellite settle, producing steady-state data for model correlation.",
        },
        {
          id: "ramp-time",
          kind: "numeric",
          prompt:
            "A TVAC profile ramps from a **+20 °C** plateau to a **−25 °C** plateau at **2 °C per minute**. How long does the ramp take, in minutes?",
          answer: 22.5,
          tolerance: { relative: 0.02 },
          unit: "min",
          alternativeUnits: { s: 1 / 60, h: 60 },
          explanation:
            "The change is 45 °C; 45 / 2 = 22.5 min. Stabilisation and dwell at the plateau come on top, which is why cycles take hours.",
        },
        {
          id: "stability-check",
          kind: "multiple_choice",
          prompt:
            "Your stabilisation criterion is a change **below 1 °C per hour**. The battery sensor reads +3.4 °C at 14:00 and +3.9 °C at 14:30. Is it stable?",
          options: [
            { id: "a", text: "Yes: a 0.5 °C change is less than 1 °C." },
            { id: "b", text: "Yes: the criterion only applies to hot plateaus." },
            { id: "c", text: "It cannot be judged without the shroud temperature." },
            { id: "d", text: "No: 0.5 °C in 30 minutes is a rate of 1.0 °C per hour, not below the limit." },
          ],
          correctOptionId: "d",
          explanation:
            "The criterion is a rate: 0.5 °C per half hour is 1.0 °C per hour, which does not meet \"below 1 °C per hour\". Keep waiting before starting the dwell or recording balance data.",
        },
        {
          id: "cold-start",
          kind: "multiple_choice",
          prompt:
            "Why does the profile include a **cold start** (switch off, soak at the cold extreme, then switch on)?",
          options: [
            { id: "a", text: "To bake out volatile contaminants." },
            { id: "b", text: "To measure the shroud's emissivity." },
            {
              id: "c",
              text: "To prove the satellite starts when cold; radios that fail to start cold are a known CubeSat failure.",
            },
            { id: "d", text: "To shorten the next ramp." },
          ],
          correctOptionId: "c",
          explanation:
            "After a safe-mode period or a long eclipse the satellite may have to boot from cold. Oscillators, regulators and radios can misbehave at turn-on temperatures, so the test proves a cold start on the ground.",
        },
      ],
    },
  ],
};
