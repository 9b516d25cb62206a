/**
 * Checkpoint questions for the communications demo modules, keyed by module slug.
 *
 * Each checkpoint follows the catalogue section marked `isCheckpoint` (`afterSection` is that
 * section's index). Decibel answers are asked in one unit: dBW and dBm differ by an offset, not a
 * factor, so they cannot be alternative units of each other.
 */
import type { Checkpoint } from "../../../app/lib/domain/module-spec";

export const COMMUNICATIONS_QUESTIONS: Record<string, Checkpoint[]> = {
  "com-rf-fundamentals": [
    {
      id: "decibels",
      title: "Wavelengths and decibels",
      afterSection: 1,
      questions: [
        {
          id: "vhf-quarter-wave",
          kind: "numeric",
          prompt:
            "How long is a quarter-wave monopole for the **145.9 MHz** amateur-satellite band, in cm? (c ≈ 3 × 10⁸ m/s)",
          answer: 51.4,
          tolerance: { relative: 0.02 },
          unit: "cm",
          alternativeUnits: { m: 100, mm: 0.1 },
          explanation:
            "λ = c / f = 3 × 10⁸ / 145.9 × 10⁶ ≈ 2.06 m, so λ/4 ≈ 0.514 m = 51.4 cm, three times the 17 cm UHF monopole. That is why VHF antennas must be deployed.",
        },
        {
          id: "watts-to-dbm",
          kind: "numeric",
          prompt: "Express a **5 W** transmitter output in dBm.",
          answer: 36.99,
          tolerance: { absolute: 0.1 },
          unit: "dBm",
          explanation:
            "P (dBm) = 10 × log10(5,000 mW / 1 mW) = 10 × 3.699 ≈ 37.0 dBm, which is the same as 7.0 dBW (always 30 more in dBm than in dBW).",
        },
        {
          id: "eirp",
          kind: "numeric",
          prompt:
            "An S-band transmitter outputs **2 W**, the cables and connectors lose **1.5 dB** and the patch antenna has a gain of **6 dBi**. What is the EIRP, in dBW?",
          answer: 7.51,
          tolerance: { absolute: 0.1 },
          unit: "dBW",
          explanation: "2 W = 10 × log10(2) ≈ 3.0 dBW. EIRP = P_tx − L_cable + G_tx = 3.0 − 1.5 + 6 = 7.5 dBW.",
        },
        {
          id: "adding-powers",
          kind: "multiple_choice",
          prompt: "Two signals of **1 W (0 dBW)** each are combined so that their powers add. What is the total power?",
          options: [
            { id: "a", text: "0 dBW, because 0 + 0 = 0." },
            { id: "b", text: "6 dBW." },
            { id: "c", text: "3 dBW (2 W)." },
            { id: "d", text: "1 dBW." },
          ],
          correctOptionId: "c",
          explanation:
            "Absolute powers in dBW must not be added directly: convert to watts (1 + 1 = 2 W) and back, 10 × log10(2) ≈ 3 dBW. Only ratios (gains and losses) add in decibels.",
        },
      ],
    },
  ],

  "com-free-space-path-loss": [
    {
      id: "path-loss",
      title: "Free-space path loss",
      afterSection: 0,
      questions: [
        {
          id: "fspl-s-band",
          kind: "numeric",
          prompt:
            "What is the free-space path loss at **2,250 MHz** over a slant range of **1,200 km**, in dB? Use FSPL = 20 × log10(d_km) + 20 × log10(f_MHz) + 32.45.",
          answer: 161.08,
          tolerance: { absolute: 0.2 },
          unit: "dB",
          explanation: "20 × log10(1,200) + 20 × log10(2,250) + 32.45 = 61.58 + 67.04 + 32.45 ≈ 161.1 dB.",
        },
        {
          id: "range-ratio",
          kind: "numeric",
          prompt:
            "At the same frequency, how much more path loss is there at a slant range of **2,000 km** than when the satellite is **500 km** overhead, in dB?",
          answer: 12.04,
          tolerance: { absolute: 0.2 },
          unit: "dB",
          explanation:
            "Only the distance term changes: 20 × log10(2,000 / 500) = 20 × log10(4) ≈ 12.0 dB, i.e. 6 dB for each doubling of distance.",
        },
        {
          id: "frequency-meaning",
          kind: "multiple_choice",
          prompt:
            "The FSPL formula grows with frequency. Why can an S-band link with **fixed-size dishes** at both ends still outperform a UHF link?",
          options: [
            { id: "a", text: "The atmosphere amplifies S-band signals." },
            {
              id: "b",
              text: "FSPL is defined between isotropic antennas; a dish of fixed size gains more at higher frequency, more than offsetting the extra loss.",
            },
            { id: "c", text: "S-band transmitters are always more powerful." },
            { id: "d", text: "It cannot: a higher frequency always gives a weaker link." },
          ],
          correctOptionId: "b",
          explanation:
            "An isotropic antenna's effective area shrinks with λ², which is where the frequency term comes from. A fixed aperture's gain grows with 1/λ², so with directive antennas at both ends the higher band can win.",
        },
        {
          id: "low-band-propagation",
          kind: "multiple_choice",
          prompt: "Beyond free-space loss, which propagation effect matters most at **VHF and UHF**?",
          options: [
            { id: "a", text: "Rain attenuation." },
            { id: "b", text: "Oxygen absorption lines." },
            { id: "c", text: "Tropospheric scintillation near the horizon only." },
            { id: "d", text: "Ionospheric effects such as Faraday rotation and scintillation." },
          ],
          correctOptionId: "d",
          explanation:
            "Atmospheric absorption is below 1 dB at UHF and S-band at reasonable elevations, and rain matters mainly at higher frequencies. The ionosphere rotates linear polarisation and causes scintillation at VHF and UHF.",
        },
      ],
    },
  ],

  "com-antennas-basics": [
    {
      id: "antennas",
      title: "Gain, polarisation and patterns",
      afterSection: 1,
      questions: [
        {
          id: "dish-gain",
          kind: "numeric",
          prompt:
            "A **2 m** ground dish with aperture efficiency η = 0.6 operates at **2.25 GHz**. Using G = η × (π × D / λ)², what is its gain, in dBi?",
          answer: 31.25,
          tolerance: { absolute: 0.3 },
          unit: "dBi",
          explanation:
            "λ = 3 × 10⁸ / 2.25 × 10⁹ ≈ 0.133 m; G = 0.6 × (π × 2 / 0.133)² ≈ 1,330, and 10 × log10(1,330) ≈ 31.2 dBi. Its beamwidth is about 70 × 0.133 / 2 ≈ 4.7°, so it must track the satellite.",
        },
        {
          id: "polarisation-angle",
          kind: "numeric",
          prompt:
            "A linearly polarised ground antenna is rotated **60°** from the satellite's linear polarisation. How much polarisation loss does that cause, in dB (as a positive number)?",
          answer: 6.02,
          tolerance: { absolute: 0.2 },
          unit: "dB",
          explanation:
            "20 × log10(cos 60°) = 20 × log10(0.5) ≈ −6.0 dB, a 6 dB loss. At 90° the loss would in theory be infinite, which is why linear-to-linear links fade deeply.",
        },
        {
          id: "circular-ground-station",
          kind: "multiple_choice",
          prompt:
            "Why do most UHF ground stations use **circular** polarisation, even for a satellite with a linearly polarised antenna?",
          options: [
            {
              id: "a",
              text: "Faraday rotation and tumbling change the linear orientation all the time; a fixed 3 dB loss is better than deep fades.",
            },
            { id: "b", text: "Circular polarisation always has more gain than linear." },
            { id: "c", text: "Circular to linear has no polarisation loss." },
            { id: "d", text: "Regulations require circular polarisation in the amateur bands." },
          ],
          correctOptionId: "a",
          explanation:
            "Linear-to-circular costs a constant 3 dB whatever the orientation, whereas linear-to-linear can drop to a null. Predictable loss is easier to budget for than random deep fades.",
        },
        {
          id: "pattern-nulls",
          kind: "multiple_choice",
          prompt:
            "A tumbling CubeSat carries a UHF dipole with **2.15 dBi** peak gain. What antenna gain should the link budget use?",
          options: [
            { id: "a", text: "The peak gain, 2.15 dBi." },
            { id: "b", text: "The average over the whole sphere." },
            {
              id: "c",
              text: "The gain the pattern guarantees over the relevant angles, allowing for the nulls along the dipole axis.",
            },
            { id: "d", text: "None: gain can be left out for a tumbling satellite." },
          ],
          correctOptionId: "c",
          explanation:
            "A dipole's doughnut pattern has nulls along its axis, and a tumbling satellite can point one at the station. The budget must close with the gain the pattern guarantees, not the peak.",
        },
      ],
    },
  ],

  "com-modulation-coding": [
    {
      id: "coding",
      title: "Eb/N0 and error correction",
      afterSection: 2,
      questions: [
        {
          id: "ebn0-from-cn0",
          kind: "numeric",
          prompt: "A receiver measures C/N0 = **62.0 dBHz** on a **19,200 bit/s** link. What is Eb/N0, in dB?",
          answer: 19.17,
          tolerance: { absolute: 0.1 },
          unit: "dB",
          explanation: "Eb/N0 = C/N0 − 10 × log10(Rb) = 62.0 − 10 × log10(19,200) = 62.0 − 42.8 ≈ 19.2 dB.",
        },
        {
          id: "code-rate",
          kind: "numeric",
          prompt:
            "A radio sends **9,600** channel bits per second using a **rate-1/2** convolutional code. What is the useful (information) data rate, in bit/s?",
          answer: 4800,
          tolerance: { relative: 0.01 },
          unit: "bit/s",
          alternativeUnits: { bps: 1, "kbit/s": 1000, kbps: 1000 },
          explanation:
            "A rate-1/2 code sends two channel bits per information bit, so 9,600 × 1/2 = 4,800 bit/s. The coding gain is paid for in bandwidth or data rate.",
        },
        {
          id: "coding-gain",
          kind: "multiple_choice",
          prompt:
            "Uncoded BPSK needs about 9.6 dB of Eb/N0 at BER 10⁻⁵; with a rate-1/2, K = 7 convolutional code it needs about 4.4 dB. What increase in transmitter power would give the same benefit?",
          options: [
            { id: "a", text: "About 0.5 dB, roughly 12 % more power." },
            { id: "b", text: "About 5 dB, i.e. more than three times the power." },
            { id: "c", text: "About 14 dB, i.e. 25 times the power." },
            { id: "d", text: "None: coding gain cannot be compared with power." },
          ],
          correctOptionId: "b",
          explanation:
            "The coding gain is 9.6 − 4.4 ≈ 5.2 dB, and 10^0.52 ≈ 3.3. Getting the same improvement from the transmitter would need more than three times the RF power.",
        },
        {
          id: "shannon-limit",
          kind: "multiple_choice",
          prompt:
            "What is the theoretical minimum Eb/N0 for error-free communication (the Shannon limit, as bandwidth goes to infinity)?",
          options: [
            { id: "a", text: "0 dB." },
            { id: "b", text: "+1.6 dB." },
            { id: "c", text: "+9.6 dB." },
            { id: "d", text: "−1.6 dB." },
          ],
          correctOptionId: "d",
          explanation:
            "Shannon's capacity theorem gives Eb/N0 = ln 2 ≈ 0.69, or −1.6 dB, as the absolute floor. Turbo and LDPC codes work within about 1 dB of it.",
        },
      ],
    },
  ],

  "com-link-budget": [
    {
      id: "link-margin",
      title: "Closing the link",
      afterSection: 3,
      questions: [
        {
          id: "carrier-to-noise-density",
          kind: "numeric",
          prompt:
            "A downlink has EIRP = **0.0 dBW**, free-space path loss **150.0 dB**, other losses (polarisation, atmosphere, pointing) **5.0 dB**, and ground G/T = **−12.0 dB/K**. What is C/N0, in dBHz? (k = −228.6 dBW/(K·Hz))",
          answer: 61.6,
          tolerance: { absolute: 0.1 },
          unit: "dBHz",
          alternativeUnits: { "dB-Hz": 1 },
          explanation: "C/N0 = EIRP − FSPL − L_other + G/T − k = 0 − 150 − 5 − 12 + 228.6 = 61.6 dBHz.",
        },
        {
          id: "link-margin-value",
          kind: "numeric",
          prompt:
            "With C/N0 = 61.6 dBHz, a data rate of **9,600 bit/s**, a required Eb/N0 of **13.4 dB** and **2.0 dB** implementation loss, what is the link margin, in dB?",
          answer: 6.38,
          tolerance: { absolute: 0.15 },
          unit: "dB",
          explanation:
            "Eb/N0 = 61.6 − 10 × log10(9,600) = 61.6 − 39.8 = 21.8 dB. Margin = 21.8 − 13.4 − 2.0 ≈ 6.4 dB.",
        },
        {
          id: "faster-rate",
          kind: "multiple_choice",
          prompt:
            "That link has about 6.4 dB of margin at 9,600 bit/s. What happens to the margin if the rate is raised to **38,400 bit/s** with nothing else changed?",
          options: [
            { id: "a", text: "It is unchanged: the data rate does not enter the link budget." },
            { id: "b", text: "It rises, because frames are shorter." },
            { id: "c", text: "It falls by about 6 dB, to about 0.4 dB, far too thin to fly." },
            { id: "d", text: "It falls by 4 dB, to about 2.4 dB." },
          ],
          correctOptionId: "c",
          explanation:
            "Four times the rate costs 10 × log10(4) ≈ 6 dB of Eb/N0, leaving about 0.4 dB. Adaptive data rate, using the higher rate only at high elevations, is the usual way to get more data safely.",
        },
        {
          id: "early-design-margin",
          kind: "multiple_choice",
          prompt:
            "In early design, while antenna patterns, losses and noise are still estimates, how much link margin should you aim for?",
          options: [
            { id: "a", text: "6 dB or more." },
            { id: "b", text: "0 dB: closing the link is enough." },
            { id: "c", text: "1 dB." },
            { id: "d", text: "3 dB, as for a fully measured link." },
          ],
          correctOptionId: "a",
          explanation:
            "About 3 dB suffices once parameters are well known; early estimates deserve 6 dB or more. Each uncertain term, such as polarisation or implementation loss, can easily eat a few decibels.",
        },
      ],
    },
  ],

  "com-ttc-and-protocols": [
    {
      id: "framing",
      title: "Frames and protocols",
      afterSection: 1,
      questions: [
        {
          id: "bit-stuffing",
          kind: "multiple_choice",
          prompt: "Why does AX.25 use **bit stuffing**?",
          options: [
            { id: "a", text: "To encrypt the callsigns in the address field." },
            { id: "b", text: "To scramble the spectrum, as G3RUH does." },
            {
              id: "c",
              text: "So that the 0x7E flag pattern never appears inside the frame, keeping frame boundaries unambiguous.",
            },
            { id: "d", text: "To add forward error correction to the frame." },
          ],
          correctOptionId: "c",
          explanation:
            "HDLC flags (0x7E, six ones in a row) mark where frames start and end. The transmitter inserts a 0 after five consecutive 1s in the data, and the receiver removes it, so data can never imitate a flag.",
        },
        {
          id: "frame-airtime",
          kind: "numeric",
          prompt:
            "An AX.25 frame of **256 bytes** (headers and flags included) is sent at **9,600 bit/s**. How long does it occupy the channel, in ms? (Ignore bit stuffing.)",
          answer: 213.3,
          tolerance: { relative: 0.02 },
          unit: "ms",
          alternativeUnits: { s: 1000 },
          explanation: "256 × 8 = 2,048 bits; 2,048 / 9,600 ≈ 0.213 s = 213 ms.",
        },
        {
          id: "sequence-count",
          kind: "numeric",
          prompt:
            "The CCSDS Space Packet header holds a **14-bit** sequence count. After how many packets on the same APID does the count start repeating?",
          answer: 16384,
          tolerance: { absolute: 0 },
          unit: "packets",
          explanation:
            "14 bits give 2¹⁴ = 16,384 values (0 to 16,383), after which the count wraps to 0. Ground software must handle the wrap when detecting gaps.",
        },
        {
          id: "amateur-security",
          kind: "multiple_choice",
          prompt: "In the amateur-satellite service, what may be authenticated or encrypted?",
          options: [
            { id: "a", text: "Nothing: every transmission must be openly decodable." },
            {
              id: "b",
              text: "Telecommands between earth command stations and the satellite; telemetry must remain openly decodable.",
            },
            { id: "c", text: "Both telemetry and telecommands." },
            { id: "d", text: "Only payload data files." },
          ],
          correctOptionId: "b",
          explanation:
            "The ITU Radio Regulations forbid obscuring amateur transmissions, with an exception for control signals to space stations. Commands can therefore be authenticated, while telemetry stays readable to anyone.",
        },
      ],
    },
  ],

  "com-antenna-deployment": [
    {
      id: "deployment",
      title: "Deploying antennas",
      afterSection: 0,
      questions: [
        {
          id: "uhf-monopole-length",
          kind: "numeric",
          prompt: "A tape-spring monopole is cut as a quarter wave for **401.5 MHz**. How long is it, in cm?",
          answer: 18.68,
          tolerance: { relative: 0.02 },
          unit: "cm",
          alternativeUnits: { m: 100, mm: 0.1 },
          explanation:
            "λ = 3 × 10⁸ / 401.5 × 10⁶ ≈ 0.747 m, so λ/4 ≈ 0.187 m = 18.7 cm, longer than a 10 cm CubeSat face. It must be stowed for launch.",
        },
        {
          id: "deployment-delay",
          kind: "multiple_choice",
          prompt: "According to the CubeSat Design Specification, how soon after ejection may antennas deploy?",
          options: [
            { id: "a", text: "Immediately after ejection." },
            { id: "b", text: "After at least 45 minutes." },
            { id: "c", text: "Only after the first ground contact." },
            { id: "d", text: "After at least 30 minutes." },
          ],
          correctOptionId: "d",
          explanation:
            "Deployables must wait at least 30 minutes after ejection, to keep clear of the launcher and other payloads. The 45-minute figure is the separate wait before RF transmission.",
        },
        {
          id: "turnstile",
          kind: "multiple_choice",
          prompt: "What does a **turnstile** (four monopoles at 90°, fed with 90° phase steps) provide?",
          options: [
            {
              id: "a",
              text: "Approximately circular polarisation and a more uniform pattern than a single dipole.",
            },
            { id: "b", text: "High gain, around 15 dBi, towards nadir." },
            { id: "c", text: "Linear polarisation with deeper nulls." },
            { id: "d", text: "Only redundancy: any one element can fail." },
          ],
          correctOptionId: "a",
          explanation:
            "Feeding crossed elements in quadrature makes the field rotate, giving roughly circular polarisation. The pattern is more uniform, which helps a satellite that is not pointed.",
        },
        {
          id: "deployment-confirmation",
          kind: "multiple_choice",
          prompt: "After the burn-wire command, how should operators confirm that the antennas deployed?",
          options: [
            { id: "a", text: "Assume success once the command has been acknowledged." },
            { id: "b", text: "Wait for the published TLE to change." },
            {
              id: "c",
              text: "Read per-element status (switches or resistance) and look for the marked change in received signal strength.",
            },
            { id: "d", text: "Measure the antenna's VSWR from the ground station." },
          ],
          correctOptionId: "c",
          explanation:
            "Status sensing per element plus the jump in signal strength gives two independent indications. If an element is still stowed, software retries and a ground command can attempt the release again.",
        },
      ],
    },
  ],

  "com-frequency-coordination": [
    {
      id: "coordination",
      title: "Licensing and coordination",
      afterSection: 1,
      questions: [
        {
          id: "iaru-role",
          kind: "multiple_choice",
          prompt: "What does IARU satellite frequency coordination give your mission?",
          options: [
            { id: "a", text: "A licence to transmit from orbit." },
            { id: "b", text: "The ITU filing for the satellite network." },
            { id: "c", text: "Permission to encrypt telemetry." },
            {
              id: "d",
              text: "Proposed frequencies that avoid interference with other amateur users; the licence still comes from the national administration.",
            },
          ],
          correctOptionId: "d",
          explanation:
            "The IARU coordinates; it does not license. Legal authority to transmit and the ITU filing come from your national administration.",
        },
        {
          id: "amateur-eligibility",
          kind: "multiple_choice",
          prompt: "Which mission fits the **amateur-satellite** service?",
          options: [
            { id: "a", text: "A start-up selling imagery to farmers." },
            {
              id: "b",
              text: "A university mission with educational goals, openly decodable telemetry and licensed amateur operators.",
            },
            { id: "c", text: "A mission that must encrypt all its telemetry." },
            { id: "d", text: "A mission that needs 20 MHz of bandwidth for payload data." },
          ],
          correctOptionId: "b",
          explanation:
            "The amateur service is for non-commercial, openly shared missions run by licensed amateurs. Commercial, encrypted or wide-bandwidth missions go to space research or space operation frequencies through the full ITU process.",
        },
        {
          id: "when-to-apply",
          kind: "multiple_choice",
          prompt: "When should the team start frequency coordination and licensing?",
          options: [
            { id: "a", text: "Early, well before the radio design is frozen: it commonly takes many months." },
            { id: "b", text: "Once the flight radio has been built and tested." },
            { id: "c", text: "When the launch date is confirmed." },
            { id: "d", text: "After launch, during commissioning." },
          ],
          correctOptionId: "a",
          explanation:
            "Coordination and licensing take many months and a launch slot will not wait. Starting early also lets the application shape the radio design instead of the other way round.",
        },
        {
          id: "design-change",
          kind: "multiple_choice",
          prompt:
            "After coordination, the team moves the downlink from 9,600 bit/s to 38,400 bit/s GFSK, which widens its bandwidth. What must they do?",
          options: [
            { id: "a", text: "Nothing: the data rate is not part of the application." },
            { id: "b", text: "Only tell the SatNOGS community." },
            { id: "c", text: "Update the coordination and licence, since the bandwidth no longer matches the application." },
            { id: "d", text: "Halve the transmit power to keep the same spectral density." },
          ],
          correctOptionId: "c",
          explanation:
            "Coordinated frequencies and licences are granted for specific parameters: frequency, bandwidth, power and orbit. Changing them means updating the application, so keep the design consistent with what was filed.",
        },
      ],
    },
  ],

  "com-ground-station-setup": [
    {
      id: "ground-station",
      title: "Ground station checks",
      afterSection: 2,
      questions: [
        {
          id: "doppler-shift",
          kind: "numeric",
          prompt:
            "A satellite approaches with range rate v_r = **−6.5 km/s**. Using f_rx = f0 × (1 − v_r / c), how far **above** nominal is the received frequency of its **437 MHz** downlink, in kHz?",
          answer: 9.47,
          tolerance: { relative: 0.02 },
          unit: "kHz",
          alternativeUnits: { Hz: 0.001, MHz: 1000 },
          explanation:
            "Δf = f0 × 6,500 / (3 × 10⁸) = 437 × 10⁶ × 2.17 × 10⁻⁵ ≈ 9,470 Hz ≈ +9.47 kHz. It sweeps to about −9.5 kHz as the satellite recedes, fastest near the highest point.",
        },
        {
          id: "feedline-loss",
          kind: "numeric",
          prompt:
            "LMR-400-type cable loses about **9 dB per 100 m** at 435 MHz. What is the loss of a **25 m** run, in dB?",
          answer: 2.25,
          tolerance: { absolute: 0.1 },
          unit: "dB",
          explanation:
            "9 × 25 / 100 = 2.25 dB. Placed before the LNA, this loss would also add noise, which is why the LNA sits at the antenna.",
        },
        {
          id: "sun-noise",
          kind: "multiple_choice",
          prompt:
            "What does comparing the receiver noise with the antenna on the **Sun** and on **cold sky** (the Y-factor) tell you?",
          options: [
            { id: "a", text: "A practical check of the station's G/T." },
            { id: "b", text: "Only the rotator's pointing accuracy." },
            { id: "c", text: "The satellite's EIRP." },
            { id: "d", text: "The shape of the Doppler curve." },
          ],
          correctOptionId: "a",
          explanation:
            "The Sun is a known noise source, so the ratio of noise powers measures the receiving system's sensitivity, its G/T. Real stations often turn out worse than their design values.",
        },
        {
          id: "satnogs",
          kind: "multiple_choice",
          prompt: "How does the **SatNOGS** network complement your own ground station?",
          options: [
            { id: "a", text: "It licenses your frequencies." },
            { id: "b", text: "It uplinks your telecommands." },
            {
              id: "c",
              text: "Volunteer stations worldwide receive your satellite when it is out of your view and upload the decoded frames to a public database.",
            },
            { id: "d", text: "It publishes the official TLEs." },
          ],
          correctOptionId: "c",
          explanation:
            "SatNOGS is a global network of volunteer receiving stations. It multiplies your telemetry coverage, but commanding still goes through your own licensed station.",
        },
      ],
    },
  ],

  "com-rf-testing-and-verification": [
    {
      id: "pre-launch-rf",
      title: "RF verification before launch",
      afterSection: 3,
      questions: [
        {
          id: "frequency-error",
          kind: "numeric",
          prompt:
            "An S-band transmitter at **2,245 MHz** uses a **1.5 ppm** oscillator. What is its maximum frequency error, in kHz?",
          answer: 3.37,
          tolerance: { relative: 0.02 },
          unit: "kHz",
          alternativeUnits: { Hz: 0.001 },
          explanation: "Δf = 2,245 × 10⁶ × 1.5 × 10⁻⁶ ≈ 3,370 Hz ≈ 3.37 kHz, on top of the Doppler shift.",
        },
        {
          id: "attenuator-setting",
          kind: "numeric",
          prompt:
            "In an attenuated-cable end-to-end test the flight radio transmits **+30 dBm**, the test cables lose **3 dB** in total, and the link budget predicts **−120 dBm** at the ground receiver at maximum range. How much attenuation must the variable attenuator add, in dB?",
          answer: 147,
          tolerance: { absolute: 0.5 },
          unit: "dB",
          explanation:
            "30 − 3 − A = −120, so A = 147 dB. Sweeping the attenuation further then shows the real margin.",
        },
        {
          id: "transmitter-inhibit",
          kind: "multiple_choice",
          prompt: "What does the **transmitter inhibit** item on the checklist require?",
          options: [
            { id: "a", text: "No RF emission until the first ground command is received." },
            { id: "b", text: "No RF emission inside the dispenser and for at least 45 minutes after ejection." },
            { id: "c", text: "No RF emission for at least 30 minutes after ejection." },
            { id: "d", text: "Only the beacon may transmit inside the dispenser." },
          ],
          correctOptionId: "b",
          explanation:
            "The satellite must stay silent in the dispenser and for at least 45 minutes after ejection, verified on the flight configuration. The 30-minute figure applies to deployments.",
        },
        {
          id: "ceasing-emissions",
          kind: "multiple_choice",
          prompt: "The ITU Radio Regulations require that emissions can be stopped by telecommand. Which check verifies this?",
          options: [
            { id: "a", text: "The callsign is transmitted at the required interval." },
            { id: "b", text: "The antenna VSWR is below 2:1." },
            { id: "c", text: "The antenna deployment timers hold flight values." },
            {
              id: "d",
              text: "The transmitter-off command works, and the software cannot re-enable the transmitter on its own when it should stay off.",
            },
          ],
          correctOptionId: "d",
          explanation:
            "Being able to silence the satellite is a regulatory obligation, not a feature. The test must cover both the command and the absence of autonomous re-enabling after resets.",
        },
      ],
    },
  ],
};
