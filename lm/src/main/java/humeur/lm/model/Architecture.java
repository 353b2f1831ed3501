package humeur.lm.model;

/** The recurrent layer a language model stacks. */
public enum Architecture {
    /** fastai's AWD-LSTM: fused LSTM layers with weight drop on the hidden-to-hidden matrix. */
    AWD_LSTM,
    /** MultiFiT's quasi-recurrent layers: windowed linear gates and fo-pooling. */
    QRNN
}
