package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetCatalogTest {

    @Test
    void knowsMnistFashionMnistAndTheUncenteredVariant() {
        assertThat(DatasetCatalog.all()).extracting(DatasetInfo::id)
                .containsExactly("mnist", "fashion-mnist", "mnist-uncentered-56");
        assertThat(DatasetCatalog.get("fashion-mnist").classNames()).hasSize(10).endsWith("Ankle boot");
    }

    @Test
    void mnistFilesArePinnedUncompressedWithGzipMirrors() {
        DatasetFile trainImages = DatasetCatalog.get("mnist").file(DatasetFile.TRAIN_IMAGES);

        assertThat(trainImages.fileName()).isEqualTo("train-images-idx3-ubyte");
        assertThat(trainImages.size()).isEqualTo(47_040_016L);
        assertThat(trainImages.mirrors()).hasSize(2).allMatch(uri -> uri.toString().endsWith("idx3-ubyte.gz"));
    }

    @Test
    void uncenteredMnistHasNoFilesOfItsOwn() {
        DatasetInfo uncentered = DatasetCatalog.get(DatasetCatalog.MNIST_UNCENTERED_56);

        assertThat(uncentered.derivedFrom()).isEqualTo("mnist");
        assertThat(uncentered.files()).isEmpty();
        assertThat(uncentered.rows()).isEqualTo(56);
        assertThat(uncentered.numClasses()).isEqualTo(10);
    }

    @Test
    void unknownDatasetIdListsTheKnownOnes() {
        assertThatThrownBy(() -> DatasetCatalog.get("cifar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cifar")
                .hasMessageContaining("mnist, fashion-mnist, mnist-uncentered-56");
    }
}
