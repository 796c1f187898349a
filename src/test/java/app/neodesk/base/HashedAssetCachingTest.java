package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which bundle files count as content-hashed (cached for a year) and which do not. */
class HashedAssetCachingTest {

    @Test
    void viteOutputWithAHashIsImmutable() {
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/indexhtml-BcXdQIFz.js"))
                .isTrue();
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/vaadin-list-box-base-styles-D1u6y-4F.js.br"))
                .isTrue();
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/FlowClient-D5Uls1mv.js.gz"))
                .isTrue();
    }

    @Test
    void filesWithoutAHashOrOutsideTheBuildFolderAreNot() {
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/sw.js")).isFalse();
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/flow-client.js")).isFalse();
        assertThat(HashedAssetCaching.isHashed("/styles.css")).isFalse();
        assertThat(HashedAssetCaching.isHashed("/VAADIN/build/sub/dir-BcXdQIFz.js"))
                .isFalse();
        assertThat(HashedAssetCaching.isHashed("/icons/icon-BcXdQIFz.png")).isFalse();
    }
}
