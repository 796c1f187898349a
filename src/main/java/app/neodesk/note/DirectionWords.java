package app.neodesk.note;

import app.neodesk.driver.Direction;
import java.util.regex.Pattern;

/**
 * Proposes a driver's direction from its wording: words of rising prices or tight supply count
 * bullish, words of falling prices or loose supply bearish, words of sideways markets neutral. The
 * title counts twice. The largest count wins; a tie is neutral. The analyst reviews it anyway.
 */
public final class DirectionWords {

    private static final Pattern BULLISH = words(
            "surg(?:e|es|ed|ing)|soar\\w*|tight\\w*|climb\\w*|ris(?:e|es|ing)|rose|risen|shortages?|scarc\\w*"
                    + "|strong\\w*|strength\\w*|robust|boost\\w*|rall(?:y|ies|ied)|jump\\w*|bullish|upward|explosive"
                    + "|growth|expan(?:d|ds|ded|sion)|accelerat\\w*|increas(?:e|es|ed|ing)|higher|crisis|tension"
                    + "|rebound\\w*|upside",
            "上涨|紧张|偏强|偏紧|紧缺|短缺|走强|增长|利好|看涨|上行|强劲|收紧|惜售|反弹|大涨|走高|旺盛|提振|攀升");
    private static final Pattern BEARISH = words(
            "fall(?:s|ing|en)?|fell|eas(?:e|es|ed|ing)|weak\\w*|slump\\w*|declin\\w*|drop\\w*|bearish|downward"
                    + "|surplus|oversuppl\\w*|loose\\w*|slow\\w*|sluggish|plung\\w*|glut|downside|soft(?:en|ening|er)|slip\\w*|slid|loosen\\w*",
            "下跌|宽松|偏弱|走弱|疲软|过剩|利空|看跌|下行|回落|放缓|承压|低迷|走低|下滑|宽裕");
    private static final Pattern NEUTRAL = words(
            "sideways|range-bound|stable|steady|flat|unchanged|consolidat\\w*|mixed|wait-and-see",
            "持稳|震荡|平稳|稳定|观望|持平|横盘|僵持");

    private DirectionWords() {}

    private static Pattern words(String english, String chinese) {
        return Pattern.compile("\\b(?:" + english + ")\\b|" + chinese, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The proposed direction of a section with this title and body. */
    public static Direction propose(String title, String body) {
        int bull = 2 * count(BULLISH, title) + count(BULLISH, body);
        int bear = 2 * count(BEARISH, title) + count(BEARISH, body);
        int neutral = 2 * count(NEUTRAL, title) + count(NEUTRAL, body);
        if (bull > bear && bull > neutral) {
            return Direction.BULLISH;
        }
        if (bear > bull && bear > neutral) {
            return Direction.BEARISH;
        }
        return Direction.NEUTRAL;
    }

    static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
