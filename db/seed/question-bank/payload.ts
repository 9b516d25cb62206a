/**
 * Checkpoint questions for the payload demo modules, keyed by module slug.
 *
 * Each checkpoint follows the catalogue section marked `isCheckpoint` (`afterSection` is that
 * section's index). Data sizes use decimal prefixes (1 Mbit = 10⁶ bit, 1 MB = 8 Mbit).
 */
import type { Checkpoint } from "../../../app/lib/domain/module-spec";

export const PAYLOAD_QUESTIONS: Record<string, Checkpoint[]> = {
  "pay-requirements": [
    {
      id: "traceability",
      title: "Requirements and verification",
      afterSection: 1,
      questions: [
        {
          id: "verification-methods",
          kind: "multiple_choice",
          prompt: "Which of these is **not** one of the four standard verification methods?",
          options: [
            { id: "a", text: "Test." },
            { id: "b", text: "Analysis." },
            { id: "c", text: "Inspection." },
            { id: "d", text: "Acceptance of the supplier's datasheet claim." },
            { id: "e", text: "Review of design." },
          ],
          correctOptionId: "d",
          explanation:
            "The standard methods are test, analysis, inspection and review of design (sometimes demonstration). A datasheet is an input to analysis, not a verification of your integrated payload.",
        },
        {
          id: "orphan-requirement",
          kind: "multiple_choice",
          prompt: "A payload requirement has **no parent** in the traceability matrix. What does that indicate?",
          options: [
            { id: "a", text: "It is a top-level requirement, which is fine." },
            { id: "b", text: "It must be verified by test rather than analysis." },
            { id: "c", text: "It is either missing its justification or not needed." },
            { id: "d", text: "It should be marked TBC until launch." },
          ],
          correctOptionId: "c",
          explanation:
            "Every payload requirement should trace up to a measurement or system requirement. An orphan either needs its rationale and parent recorded, or should be deleted, since each requirement costs verification effort.",
        },
        {
          id: "well-written-requirement",
          kind: "multiple_choice",
          prompt: "Which is the best-written payload requirement?",
          options: [
            { id: "a", text: "The imager shall provide a ground sample distance of 30 m or better from 500 km altitude." },
            { id: "b", text: "The imager should have good resolution." },
            { id: "c", text: "The imager shall use a Sony IMX-series sensor." },
            { id: "d", text: "The imager shall be as light as possible." },
          ],
          correctOptionId: "a",
          explanation:
            "It is mandatory (\"shall\"), measurable and verifiable by analysis and test, and free of a design solution. \"Good\" and \"as light as possible\" cannot be verified, and naming a sensor imposes a design without a reason.",
        },
        {
          id: "minimum-focal-length",
          kind: "numeric",
          prompt:
            "PAY-010 requires a GSD ≤ **30 m** at **500 km**. With a **5.5 µm** pixel pitch, what is the minimum focal length, in mm? (GSD = h × p / f)",
          answer: 91.7,
          tolerance: { relative: 0.02 },
          unit: "mm",
          alternativeUnits: { m: 1000, cm: 10 },
          explanation:
            "f = h × p / GSD = 500,000 × 5.5 × 10⁻⁶ / 30 ≈ 0.0917 m = 91.7 mm. Any longer focal length gives a finer GSD, which is why the verification measures focal length and pixel pitch.",
        },
      ],
    },
  ],

  "pay-camera-optics-gsd": [
    {
      id: "imaging-geometry",
      title: "Resolution, smear and off-nadir viewing",
      afterSection: 2,
      questions: [
        {
          id: "ground-sample-distance",
          kind: "numeric",
          prompt:
            "A camera at **550 km** has a **3.45 µm** pixel pitch and a **400 mm** focal length. What is its nadir ground sample distance, in m?",
          answer: 4.74,
          tolerance: { relative: 0.02 },
          unit: "m",
          alternativeUnits: { cm: 0.01, km: 1000 },
          explanation: "GSD = h × p / f = 550,000 × 3.45 × 10⁻⁶ / 0.40 ≈ 4.74 m.",
        },
        {
          id: "diffraction-limit",
          kind: "numeric",
          prompt:
            "A telescope with a **90 mm** aperture observes at **550 nm** from **500 km**. Using the Rayleigh criterion θ = 1.22 × λ / D, what is the diffraction-limited ground resolution at nadir, in m?",
          answer: 3.73,
          tolerance: { relative: 0.02 },
          unit: "m",
          alternativeUnits: { cm: 0.01, km: 1000 },
          explanation:
            "θ = 1.22 × 550 × 10⁻⁹ / 0.09 ≈ 7.46 µrad, and 500,000 m × 7.46 × 10⁻⁶ ≈ 3.7 m. No detector can beat this: aperture limits CubeSat resolution.",
        },
        {
          id: "smear-exposure",
          kind: "numeric",
          prompt:
            "For a camera with a **4.74 m** GSD and a ground speed of **7.0 km/s**, what is the longest exposure that keeps motion smear below one pixel, in ms?",
          answer: 0.677,
          tolerance: { relative: 0.03 },
          unit: "ms",
          alternativeUnits: { "µs": 0.001, us: 0.001, s: 1000 },
          explanation:
            "t_exp < GSD / v_ground = 4.74 / 7,000 ≈ 6.8 × 10⁻⁴ s ≈ 0.68 ms. Collecting more light needs TDI or a push-broom design rather than a longer exposure.",
        },
        {
          id: "off-nadir-gsd",
          kind: "multiple_choice",
          prompt:
            "With the flat-Earth approximation, by how much does the GSD grow **in the tilt direction** when the camera points 30° off-nadir?",
          options: [
            { id: "a", text: "About 15 %, because 1 / cos 30° ≈ 1.15." },
            { id: "b", text: "About 33 %, because 1 / cos² 30° ≈ 1.33." },
            { id: "c", text: "About 50 %, because sin 30° = 0.5." },
            { id: "d", text: "Not at all: GSD depends only on altitude." },
          ],
          correctOptionId: "b",
          explanation:
            "In the tilt direction both the longer range and the obliquity stretch the pixel, giving 1/cos²θ; perpendicular to the tilt only the range grows (1/cos θ ≈ 1.15). Earth's curvature makes it worse at large angles.",
        },
      ],
    },
  ],

  "pay-detectors": [
    {
      id: "signal-to-noise",
      title: "Detector noise and SNR",
      afterSection: 1,
      questions: [
        {
          id: "snr",
          kind: "numeric",
          prompt:
            "A pixel collects S = **4,000 e⁻**, with a dark signal D × t = **200 e⁻** and read noise σ_read = **15 e⁻**. Using SNR = S / √(S + D × t + σ_read²), what is the SNR? (A plain number, no unit.)",
          answer: 60.1,
          tolerance: { relative: 0.02 },
          unit: "",
          explanation: "SNR = 4,000 / √(4,000 + 200 + 225) = 4,000 / √4,425 ≈ 4,000 / 66.5 ≈ 60.",
        },
        {
          id: "shot-noise-limited",
          kind: "multiple_choice",
          prompt:
            "In a bright scene where shot noise dominates, what happens to the SNR if the pixel collects **four times** as many electrons?",
          options: [
            { id: "a", text: "It quadruples." },
            { id: "b", text: "It stays the same." },
            { id: "c", text: "It halves." },
            { id: "d", text: "It doubles, because SNR ≈ √S." },
          ],
          correctOptionId: "d",
          explanation:
            "With shot noise only, SNR = S / √S = √S, so four times the signal gives twice the SNR. This is why exposure time and aperture pay off only as a square root.",
        },
        {
          id: "dark-current-temperature",
          kind: "numeric",
          prompt:
            "A detector's dark current is **50 e⁻/s** per pixel at 20 °C and doubles every **7 °C**. Estimate it at **34 °C**, in e-/s.",
          answer: 200,
          tolerance: { relative: 0.03 },
          unit: "e-/s",
          alternativeUnits: { "e⁻/s": 1 },
          explanation:
            "34 − 20 = 14 °C is two doublings: 50 × 2² = 200 e⁻/s. Keeping the detector cool protects SNR in dim scenes and long exposures.",
        },
        {
          id: "rolling-shutter",
          kind: "multiple_choice",
          prompt: "Why can a **rolling-shutter** CMOS sensor be a problem for mapping?",
          options: [
            { id: "a", text: "It needs several clock voltages and a lot of power." },
            {
              id: "b",
              text: "Rows are exposed at slightly different times, so a moving scene or a rotating satellite distorts the image geometry.",
            },
            { id: "c", text: "It has no on-chip analogue-to-digital converter." },
            { id: "d", text: "Its charge transfer efficiency degrades quickly with radiation." },
          ],
          correctOptionId: "b",
          explanation:
            "Each row's exposure starts a little later than the previous one; with the ground moving at several km/s, features shift between rows. Global-shutter CMOS or frame-transfer CCDs avoid this.",
        },
      ],
    },
  ],

  "pay-interfaces": [
    {
      id: "icd",
      title: "Payload–platform interfaces",
      afterSection: 0,
      questions: [
        {
          id: "inrush-section",
          kind: "multiple_choice",
          prompt:
            "At switch-on a camera draws a current surge that trips the EPS switch. Which part of the ICD should have prevented this?",
          options: [
            { id: "a", text: "Electrical: average and peak current, inrush, switching and protection." },
            { id: "b", text: "Mechanical: envelope and mounting points." },
            { id: "c", text: "Data: bus, protocol and data rates." },
            { id: "d", text: "Software: command list and boot sequence." },
          ],
          correctOptionId: "a",
          explanation:
            "Inrush current belongs to the electrical interface, together with supply voltages, peak current and protection. Agreeing it in the ICD lets the EPS team size the switch's current limit.",
        },
        {
          id: "data-interface-split",
          kind: "multiple_choice",
          prompt: "Which split of data interfaces is typical for an imaging payload?",
          options: [
            { id: "a", text: "Everything on the I2C housekeeping bus." },
            { id: "b", text: "Commands on LVDS, image data on I2C." },
            {
              id: "c",
              text: "Commands and housekeeping on I2C, UART or CAN; image data on SPI, LVDS, SpaceWire, USB or Ethernet.",
            },
            { id: "d", text: "Everything through the radio's RF link." },
          ],
          correctOptionId: "c",
          explanation:
            "Commands need robustness, not speed, and fit the housekeeping bus. Image data needs orders of magnitude more bandwidth, so it gets its own high-rate interface.",
        },
        {
          id: "orbit-average-power",
          kind: "numeric",
          prompt:
            "The ICD lists the payload's dissipation per mode: imaging **3.0 W** for **10 minutes** per orbit and standby **0.5 W** for the rest of a **95-minute** orbit. What orbit-average power must the EPS and thermal designs allow for, in W?",
          answer: 0.763,
          tolerance: { relative: 0.02 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "(3.0 × 10 + 0.5 × 85) / 95 = (30 + 42.5) / 95 ≈ 0.76 W.",
        },
        {
          id: "icd-change",
          kind: "multiple_choice",
          prompt: "The payload team wants to change a connector pinout. What is the right process?",
          options: [
            { id: "a", text: "Change it, and tell the platform team at integration." },
            { id: "b", text: "Let the platform team adapt their harness when they notice." },
            { id: "c", text: "Record it in the payload's internal notes only." },
            {
              id: "d",
              text: "Update the ICD under version control and have both sides approve before the hardware changes.",
            },
          ],
          correctOptionId: "d",
          explanation:
            "One ICD per interface, version-controlled and approved by both sides, is what prevents wrong-pinout surprises. An early interface test between engineering models catches what slips through.",
        },
      ],
    },
  ],

  "pay-pointing-requirements": [
    {
      id: "pointing",
      title: "Deriving pointing requirements",
      afterSection: 1,
      questions: [
        {
          id: "ground-error",
          kind: "numeric",
          prompt: "At **600 km**, what ground error does a **0.5°** pointing error produce at nadir, in km?",
          answer: 5.24,
          tolerance: { relative: 0.02 },
          unit: "km",
          alternativeUnits: { m: 0.001 },
          explanation: "0.5° = 0.5 × π / 180 ≈ 8.73 mrad; 600 km × 0.00873 ≈ 5.24 km.",
        },
        {
          id: "accuracy-from-swath",
          kind: "numeric",
          prompt:
            "A camera at **500 km** has a **12 km** swath and must image a **4 km** wide target entirely. What is the largest pointing error allowed, in degrees?",
          answer: 0.458,
          tolerance: { relative: 0.03 },
          unit: "°",
          alternativeUnits: { deg: 1, mrad: 0.0572958 },
          explanation:
            "The image centre may move by half-swath − half-target = 6 − 2 = 4 km. δ ≈ 4 / 500 = 0.008 rad ≈ 0.46°.",
        },
        {
          id: "which-quantity",
          kind: "multiple_choice",
          prompt:
            "Images must be located on the ground to within 100 m without ground control points. Which pointing quantity does this constrain?",
          options: [
            { id: "a", text: "Pointing accuracy (control)." },
            { id: "b", text: "Pointing stability (jitter)." },
            { id: "c", text: "Pointing knowledge." },
            { id: "d", text: "Maximum slew rate." },
          ],
          correctOptionId: "c",
          explanation:
            "Geolocation depends on how well the actual pointing is known afterwards, not on how close it was to the command. At 500 km, 100 m needs about 0.2 mrad of knowledge, a star-tracker job.",
        },
        {
          id: "error-budget",
          kind: "numeric",
          prompt:
            "A pointing error budget has two independent random contributions of **30 arcsec** and **40 arcsec** and a systematic bias of **10 arcsec**. What is the total, in arcsec?",
          answer: 60,
          tolerance: { relative: 0.02 },
          unit: "arcsec",
          alternativeUnits: { "″": 1, "°": 3600, deg: 3600 },
          explanation:
            "Independent random errors combine by root-sum-square, √(30² + 40²) = 50 arcsec, and the bias adds linearly: 50 + 10 = 60 arcsec.",
        },
      ],
    },
  ],

  "pay-data-volume-compression": [
    {
      id: "data-budget",
      title: "Data volume against downlink",
      afterSection: 2,
      questions: [
        {
          id: "image-size",
          kind: "numeric",
          prompt:
            "A **2,048 × 2,048** pixel imager delivers **4 bands** at **10 bits** per pixel each. How large is one raw image, in Mbit?",
          answer: 167.8,
          tolerance: { relative: 0.02 },
          unit: "Mbit",
          alternativeUnits: { bit: 1e-6, kbit: 0.001, Gbit: 1000, MB: 8 },
          explanation: "2,048 × 2,048 × 10 × 4 = 167,772,160 bits ≈ 168 Mbit, about 21 MB, before metadata.",
        },
        {
          id: "daily-capacity",
          kind: "numeric",
          prompt:
            "An S-band link at **1 Mbit/s** has **30 minutes** of usable contact per day and an efficiency of **0.75**. What is its daily downlink capacity, in Gbit?",
          answer: 1.35,
          tolerance: { relative: 0.02 },
          unit: "Gbit",
          alternativeUnits: { Mbit: 0.001, bit: 1e-9, GB: 8 },
          explanation: "Capacity = 10⁶ bit/s × 1,800 s × 0.75 = 1.35 × 10⁹ bit = 1.35 Gbit.",
        },
        {
          id: "images-per-day",
          kind: "numeric",
          prompt:
            "With lossless compression at **2.5:1**, how many whole 167.8 Mbit images fit into that 1.35 Gbit daily capacity? (Ignore metadata.)",
          answer: 20,
          tolerance: { absolute: 0 },
          unit: "images",
          explanation:
            "Each compressed image is 167.8 / 2.5 ≈ 67.1 Mbit; 1,350 / 67.1 ≈ 20.1, so 20 whole images. Without compression it would be only 8.",
        },
        {
          id: "never-lossy",
          kind: "multiple_choice",
          prompt: "Which data should **never** be compressed lossily?",
          options: [
            { id: "a", text: "Thumbnails used to select images." },
            { id: "b", text: "Quick-look previews for operators." },
            { id: "c", text: "Images that are mostly cloud." },
            { id: "d", text: "Calibration frames such as dark frames and flat fields." },
          ],
          correctOptionId: "d",
          explanation:
            "Calibration frames correct every science image, so their errors would propagate into all products. Previews and thumbnails exist precisely to be small and lossy.",
        },
      ],
    },
  ],

  "pay-data-handling": [
    {
      id: "data-path",
      title: "Moving payload data",
      afterSection: 0,
      questions: [
        {
          id: "i2c-transfer-time",
          kind: "numeric",
          prompt:
            "A **48 Mbit** image is moved over an I2C bus at **400 kbit/s**, ignoring protocol overhead. How long does it take, in s?",
          answer: 120,
          tolerance: { relative: 0.02 },
          unit: "s",
          alternativeUnits: { min: 60, ms: 0.001 },
          explanation:
            "48 × 10⁶ / 400 × 10³ = 120 s, two minutes of a busy housekeeping bus per image. SPI at 20 MHz would need about 2.4 s.",
        },
        {
          id: "missing-chunks",
          kind: "multiple_choice",
          prompt:
            "A file is downlinked as numbered chunks with a CRC each, and 12 chunks are lost during a pass. What does a CFDP-like protocol do next?",
          options: [
            { id: "a", text: "The ground requests only the missing chunks." },
            { id: "b", text: "The whole file is sent again in the next pass." },
            { id: "c", text: "The lost chunks are ignored and the file is used as it is." },
            { id: "d", text: "The data rate is halved and the transfer restarts." },
          ],
          correctOptionId: "a",
          explanation:
            "Chunk numbers and CRCs tell the ground exactly what is missing or corrupt, and it asks for only those. Downlink time, the scarcest resource, is not spent twice.",
        },
        {
          id: "useful-metadata",
          kind: "multiple_choice",
          prompt: "Which metadata makes an image file useful on the ground?",
          options: [
            { id: "a", text: "The file size only." },
            { id: "b", text: "The OBC software version only." },
            {
              id: "c",
              text: "Timestamp, satellite position and attitude, exposure settings, detector temperature and a unique identifier.",
            },
            { id: "d", text: "The number of the pass in which it was downlinked." },
          ],
          correctOptionId: "c",
          explanation:
            "Time, position and attitude locate the image; exposure and temperature feed calibration; a unique ID keeps the catalogue consistent. Without them an image is just a picture.",
        },
        {
          id: "power-loss-write",
          kind: "multiple_choice",
          prompt: "The satellite may reset in the middle of a write to flash. What is the right design response?",
          options: [
            { id: "a", text: "Disable the watchdog while writing." },
            {
              id: "b",
              text: "Use a file system or log-structured store designed so that a reset mid-write cannot corrupt it.",
            },
            { id: "c", text: "Keep all payload files in RAM until downlink." },
            { id: "d", text: "Only write to flash during ground passes." },
          ],
          correctOptionId: "b",
          explanation:
            "Resets happen, and disabling protection makes things worse. A power-loss-safe store, such as a journaling or log-structured design, loses at most the last write, never the catalogue.",
        },
      ],
    },
  ],

  "pay-calibration": [
    {
      id: "on-orbit-calibration",
      title: "Radiometric and on-orbit calibration",
      afterSection: 2,
      questions: [
        {
          id: "radiance",
          kind: "numeric",
          prompt:
            "A pixel reads DN = **2,150**, the dark signal is DN_dark = **150**, t_exp = **2 ms**, the flat-field factor FF = **1.05** and g = **0.05** W/(m²·sr·µm) per DN/ms. Using L = g × (DN − DN_dark) / (t_exp × FF), what is the radiance, in W/(m²·sr·µm)?",
          answer: 47.6,
          tolerance: { relative: 0.02 },
          unit: "W/(m²·sr·µm)",
          explanation: "L = 0.05 × (2,150 − 150) / (2 × 1.05) = 0.05 × 2,000 / 2.1 = 100 / 2.1 ≈ 47.6 W/(m²·sr·µm).",
        },
        {
          id: "vicarious-calibration",
          kind: "multiple_choice",
          prompt: "What is **vicarious calibration**?",
          options: [
            { id: "a", text: "Closed-shutter dark frames taken over the night side." },
            {
              id: "b",
              text: "Imaging stable sites of well-known reflectance, such as Libya-4 or Railroad Valley, to check the absolute calibration.",
            },
            { id: "c", text: "Flying a small integrating sphere on board." },
            { id: "d", text: "Comparing the satellite's own images taken a year apart." },
          ],
          correctOptionId: "b",
          explanation:
            "Pseudo-invariant calibration sites have stable, well-characterised reflectance, so imaging them tracks the instrument's absolute response. Cross-calibration with Landsat or Sentinel-2 is a related technique.",
        },
        {
          id: "lunar-calibration",
          kind: "multiple_choice",
          prompt: "Why is the Moon an attractive calibration target?",
          options: [
            { id: "a", text: "It is the brightest object in the sky." },
            { id: "b", text: "It can be imaged without changing attitude." },
            { id: "c", text: "It removes the need for dark frames." },
            { id: "d", text: "Its reflectance is very stable over time." },
          ],
          correctOptionId: "d",
          explanation:
            "The lunar surface has no weather or seasons, so its reflectance is an excellent long-term reference. The price is pointing the satellite at it, which costs time and attitude control effort.",
        },
        {
          id: "misalignment-estimate",
          kind: "multiple_choice",
          prompt: "How is the camera-to-star-tracker misalignment estimated in orbit?",
          options: [
            { id: "a", text: "By comparing image features with ground control points of known coordinates." },
            { id: "b", text: "From closed-shutter dark frames." },
            { id: "c", text: "From flat-field images of a uniform scene." },
            { id: "d", text: "By cross-calibrating radiance with Sentinel-2." },
          ],
          correctOptionId: "a",
          explanation:
            "Where the features land in the image compared with where the attitude solution says they should be reveals the misalignment and distortion. Radiometric techniques say nothing about geometry.",
        },
      ],
    },
  ],

  "pay-science-operations": [
    {
      id: "science-loop",
      title: "From request to product",
      afterSection: 0,
      questions: [
        {
          id: "level-one",
          kind: "multiple_choice",
          prompt: "Which processing level is **radiometrically calibrated and geolocated** data?",
          options: [
            { id: "a", text: "L0." },
            { id: "b", text: "L1." },
            { id: "c", text: "L2." },
            { id: "d", text: "L3." },
          ],
          correctOptionId: "b",
          explanation:
            "L0 is reconstructed raw data, L1 adds radiometric calibration and geolocation, L2 derives geophysical quantities and L3 maps or composites them on grids over time.",
        },
        {
          id: "ndvi-level",
          kind: "multiple_choice",
          prompt: "An NDVI image computed from surface reflectance of a **single** acquisition is which level?",
          options: [
            { id: "a", text: "L0." },
            { id: "b", text: "L1." },
            { id: "c", text: "L3." },
            { id: "d", text: "L2." },
          ],
          correctOptionId: "d",
          explanation:
            "NDVI is a derived geophysical quantity, which makes it L2. A monthly NDVI composite on a uniform grid would be L3.",
        },
        {
          id: "storage-backlog",
          kind: "numeric",
          prompt:
            "The plan schedules **25** acquisitions a day at **60 Mbit** each, but the downlink capacity is **1.2 Gbit** a day. By how much does the onboard backlog grow each day, in Mbit?",
          answer: 300,
          tolerance: { relative: 0.02 },
          unit: "Mbit",
          alternativeUnits: { Gbit: 1000, kbit: 0.001, MB: 8 },
          explanation:
            "25 × 60 = 1,500 Mbit acquired against 1,200 Mbit downlinked, so +300 Mbit per day. Constraint checking should catch this before scheduling, or storage fills up.",
        },
        {
          id: "cloudy-acquisition",
          kind: "multiple_choice",
          prompt:
            "An acquisition comes back with **80 %** cloud cover, but the request allowed at most 20 %. What happens in the science operations loop?",
          options: [
            { id: "a", text: "It is delivered anyway as an L2 product." },
            { id: "b", text: "The request is closed and the data deleted." },
            { id: "c", text: "It goes back into the request queue for another attempt." },
            { id: "d", text: "Processing removes the clouds." },
          ],
          correctOptionId: "c",
          explanation:
            "The feedback step returns failed or cloudy acquisitions to the queue, so the request is retried at a later access. Automating this loop is what lets a small team run a year-long mission.",
        },
      ],
    },
  ],

  "pay-end-to-end-verification": [
    {
      id: "operational-readiness",
      title: "Verification and commissioning",
      afterSection: 3,
      questions: [
        {
          id: "geolocation-bias",
          kind: "numeric",
          prompt:
            "During commissioning, a coastline in nadir images appears consistently **350 m** from its map position. At **500 km**, what pointing or alignment bias does this suggest, in mrad?",
          answer: 0.7,
          tolerance: { relative: 0.03 },
          unit: "mrad",
          alternativeUnits: { "µrad": 0.001, urad: 0.001, rad: 1000, "°": 17.4533, deg: 17.4533 },
          explanation:
            "δ ≈ 350 / 500,000 = 7 × 10⁻⁴ rad = 0.7 mrad, about 0.04°. A consistent offset points to a camera-to-attitude-sensor misalignment that can be calibrated out.",
        },
        {
          id: "performance-evidence",
          kind: "multiple_choice",
          prompt: "How should the team show that the payload meets its key requirements before declaring it operational?",
          options: [
            { id: "a", text: "Share an impressive first-light image." },
            {
              id: "b",
              text: "Walk through the requirements traceability matrix, with commissioning evidence for each key requirement.",
            },
            { id: "c", text: "Confirm that the payload switches on and answers commands." },
            { id: "d", text: "Ask the first users whether they are happy." },
          ],
          correctOptionId: "b",
          explanation:
            "Operational readiness needs evidence per requirement: GSD and image quality, SNR, geolocation, data volume. The traceability matrix makes sure none is forgotten.",
        },
        {
          id: "vibration-check",
          kind: "multiple_choice",
          prompt: "What should be measured **before and after** vibration testing of an optical payload?",
          options: [
            { id: "a", text: "Focus and image quality, for example MTF with a collimator target." },
            { id: "b", text: "Electrical function only." },
            { id: "c", text: "Mass and centre of mass." },
            { id: "d", text: "Dark current only." },
          ],
          correctOptionId: "a",
          explanation:
            "Vibration can shift lenses and mirrors without breaking anything electrical. Only an optical measurement before and after shows whether focus and alignment survived.",
        },
        {
          id: "end-to-end-findings",
          kind: "multiple_choice",
          prompt: "Which problem is an end-to-end data path test most likely to reveal that unit tests miss?",
          options: [
            { id: "a", text: "A wrong resistor value on the payload board." },
            { id: "b", text: "Low solar cell efficiency." },
            {
              id: "c",
              text: "Timestamps in the wrong time system, byte-order errors or compression settings that differ between flight and ground.",
            },
            { id: "d", text: "A typo in the user manual." },
          ],
          correctOptionId: "c",
          explanation:
            "These errors live between components, so each part passes its own tests. Only running the whole chain from stimulus to L1 product exposes them.",
        },
      ],
    },
  ],
};
