//! UTC calendar times without a date crate: two formats are all bchook prints.

use std::time::{Duration, SystemTime};

/// `2019-06-25 18:41:46 UTC`.
pub fn format_unix(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(secs);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} UTC")
}

/// Splits Unix seconds into UTC calendar parts (Howard Hinnant's days-to-civil algorithm).
pub fn civil(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
}

/// A duration as every flag that takes one reads it: a number with a unit (`500ms`, `10s`, `2m`,
/// `1h`, decimals allowed: `1.5s`), or a bare number of seconds. For clap's `value_parser`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let seconds_per = match unit.trim() {
        "" | "s" => 1.0,
        "ms" => 0.001,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        other => {
            return Err(format!(
                "{other:?} is not a unit: give a number with ms, s, m or h (`500ms`, `10s`, `2m`), or seconds alone"
            ));
        }
    };
    let value: f64 = number.parse().map_err(|_| {
        format!("{text:?} is not a duration: give e.g. `500ms`, `10s`, `2m` or `1.5` (seconds)")
    })?;
    Duration::try_from_secs_f64(value * seconds_per)
        .map_err(|_| format!("{text:?} is too long a duration"))
}

/// `500 ms`, `10 s`, `1.5 s`, `5 min`, `48 h`: a duration as bchook prints one.
pub fn human(d: Duration) -> String {
    let trim = |v: f64, unit: &str| {
        let text = format!("{v:.1}");
        format!("{} {unit}", text.trim_end_matches(".0"))
    };
    match d.as_millis() {
        ms if ms < 1000 => format!("{ms} ms"),
        ms if ms % 1000 == 0 && ms < 120_000 => format!("{} s", ms / 1000),
        ms if ms < 120_000 => trim(d.as_secs_f64(), "s"),
        ms if ms < 7_200_000 => trim(d.as_secs_f64() / 60.0, "min"),
        _ => trim(d.as_secs_f64() / 3600.0, "h"),
    }
}

/// Seconds since 1970 (0 for a clock set before it).
pub fn unix(t: SystemTime) -> i64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `2026-11-24T10:41:02.123Z`. Written digit by digit: it runs once per received callback, and
/// `format!` was a measurable part of the answering loop.
pub fn rfc3339_millis(t: SystemTime) -> String {
    let d = t.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    let (y, mo, day, h, mi, s) = civil(d.as_secs() as i64);
    let mut out = String::with_capacity(24);
    let mut digits = |n: u32, width: u32, then: char| {
        for i in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(i) % 10) as u8));
        }
        if then != '\0' {
            out.push(then);
        }
    };
    digits(y.clamp(0, 9999) as u32, 4, '-');
    digits(mo, 2, '-');
    digits(day, 2, 'T');
    digits(h, 2, ':');
    digits(mi, 2, ':');
    digits(s, 2, '.');
    digits(d.subsec_millis(), 3, 'Z');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn durations_print_in_their_largest_unit() {
        use std::time::Duration;
        let h = |s: f64| super::human(Duration::from_secs_f64(s));
        assert_eq!(h(0.25), "250 ms");
        assert_eq!(h(10.0), "10 s");
        assert_eq!(h(48.1), "48.1 s");
        assert_eq!(h(300.0), "5 min");
        assert_eq!(h(173_041.0), "48.1 h");
        assert_eq!(h(172_800.0), "48 h");
    }

    #[test]
    fn durations_with_units_and_bare_seconds() {
        use std::time::Duration;
        let d = |t: &str| super::parse_duration(t);
        assert_eq!(d("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(d("10"), Ok(Duration::from_secs(10)));
        assert_eq!(d("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(d("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(d("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(d("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(d("0.5"), Ok(Duration::from_millis(500)));
        assert!(d("5x").unwrap_err().contains("not a unit"));
        assert!(d("").is_err() && d("s").is_err() && d("-1s").is_err() && d("1e99h").is_err());
    }

    use super::*;
    use std::time::Duration;

    #[test]
    fn unix_times() {
        assert_eq!(format_unix(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_unix(1561488106), "2019-06-25 18:41:46 UTC");
        assert_eq!(format_unix(951_782_400), "2000-02-29 00:00:00 UTC");
        let t = SystemTime::UNIX_EPOCH + Duration::from_millis(1_561_488_106_042);
        assert_eq!(rfc3339_millis(t), "2019-06-25T18:41:46.042Z");
    }
}
