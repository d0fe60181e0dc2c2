//! UTC calendar times without a date crate: two formats are all bchook prints.

use std::time::SystemTime;

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
